using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace NamDinh.Graph.Api.Hosting.Pages;

/// <summary>
/// What a browser is told about the pages this server serves (the report page and GraphiQL): they load only their own
/// files and talk only to this server, are framed by no other site, are not sniffed as another type, and send no
/// referrer elsewhere.
/// </summary>
public static partial class PageHeaders
{
    /// <summary>
    /// The report page: its own scripts and styles; style attributes, which its bars are drawn with; fetches,
    /// WebSockets and event streams to this server only.
    /// </summary>
    public const string ReportPagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    public static void Apply(HttpResponse response, string contentSecurityPolicy)
    {
        response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        response.Headers[HeaderNames.XFrameOptions] = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }

    /// <summary>
    /// GraphiQL's policy: its own files, the inline script that starts it (allowed by its hash, read from the page), and
    /// inline styles, which its editor sets as it runs.
    /// </summary>
    public static string GraphiQLPolicy(string page)
    {
        var scripts = InlineScript().Matches(page)
            .Select(script => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.Groups[1].Value)))}'");
        return $"default-src 'self'; script-src 'self' {string.Join(' ', scripts)}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
            "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";
    }

    [GeneratedRegex(@"<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}
