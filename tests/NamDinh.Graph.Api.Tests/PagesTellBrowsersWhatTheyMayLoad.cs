using System.Net.Http.Headers;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// The report page and GraphiQL tell the browser that they load only this server's files and talk only to it, that no
/// other site may frame them, not to sniff types, and to send no referrer; GraphiQL's one inline script is allowed by
/// its hash, not by allowing inline scripts.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PagesTellBrowsersWhatTheyMayLoad(ApiFactory api)
{
    private readonly HttpClient _http = api.CreateClient();

    [Fact]
    public async Task The_report_page_allows_only_its_own_files_and_this_server()
    {
        var page = await _http.GetAsync("/");

        var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("'unsafe-inline'; ", policy.Replace("style-src-attr 'unsafe-inline'; ", ""));
        AssertTheOtherHeaders(page);
    }

    [Fact]
    public async Task GraphiQL_allows_its_inline_script_by_hash_only()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var page = await _http.SendAsync(request);

        var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.Matches(@"script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        AssertTheOtherHeaders(page);
    }

    private static void AssertTheOtherHeaders(HttpResponseMessage page)
    {
        Assert.Equal("nosniff", Assert.Single(page.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(page.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(page.Headers.GetValues("Referrer-Policy")));
    }
}
