using System.Net;
using System.Text.RegularExpressions;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// The page for people (src/NamDinh.Graph.Web, built by npm at build time) is served at "/" from the app's own files:
/// its HTML, never cached, loads its script and styles from /app/ (hashed names, cached for a year) and nothing from
/// anywhere else.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class ThePageIsServedAtTheRoot(ApiFactory api)
{
    private readonly HttpClient _http = api.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task The_root_answers_the_page_itself()
    {
        var page = await _http.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", page.Content.Headers.ContentType?.CharSet);
        Assert.True(page.Headers.CacheControl?.NoCache, "index.html must not be cached, so a new build is seen at once");
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Matches(ScriptPattern(), html);
        Assert.Contains("<select id=\"province\"", html);
        Assert.Contains("<main", html);
    }

    [Fact]
    public async Task Its_assets_answer_with_their_content_types_and_a_long_cache()
    {
        var html = await _http.GetStringAsync("/");
        var script = ScriptPattern().Match(html).Groups["src"].Value;
        var styles = StylesPattern().Match(html).Groups["href"].Value;
        Assert.NotEmpty(script);
        Assert.NotEmpty(styles);

        foreach (var (path, mediaType) in new[] { (script, "text/javascript"), (styles, "text/css"), ("/app/favicon.svg", "image/svg+xml") })
        {
            var asset = await _http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Equal(mediaType, asset.Content.Headers.ContentType?.MediaType);
            Assert.NotEmpty(await asset.Content.ReadAsByteArrayAsync());
        }
        var hashed = await _http.GetAsync(script);
        Assert.True(hashed.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365), "hashed assets are cached for a year");
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/app/assets/no-such-file.js")).StatusCode);
    }

    [Fact]
    public async Task The_page_references_nothing_outside_the_server()
    {
        var html = await _http.GetStringAsync("/");
        var script = await _http.GetStringAsync(ScriptPattern().Match(html).Groups["src"].Value);
        var styles = await _http.GetStringAsync(StylesPattern().Match(html).Groups["href"].Value);

        foreach (Match reference in ReferencePattern().Matches(html))
        {
            var url = reference.Groups["url"].Value;
            Assert.True(url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal), $"the page references {url}, outside the server");
        }
        Assert.DoesNotMatch(@"https?://", html);
        Assert.DoesNotMatch(@"@import|url\(\s*['""]?(https?:)?//", styles);
        Assert.DoesNotContain("fonts.googleapis", script);
        Assert.Contains("/graphql", script);
    }

    [GeneratedRegex("<script[^>]*\\ssrc=\"(?<src>/app/assets/[^\"]+\\.js)\"")]
    private static partial Regex ScriptPattern();

    [GeneratedRegex("<link[^>]*\\srel=\"stylesheet\"[^>]*\\shref=\"(?<href>/app/assets/[^\"]+\\.css)\"")]
    private static partial Regex StylesPattern();

    [GeneratedRegex("\\s(?:src|href)=\"(?<url>[^\"#][^\"]*)\"")]
    private static partial Regex ReferencePattern();
}
