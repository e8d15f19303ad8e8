using Microsoft.Extensions.Options;
using NamDinh.Graph.Api.Hosting;

namespace NamDinh.Graph.Api.Transport.Http;

/// <summary>An origin is a scheme and a host, with a port if any ("https://dashboard.example.vn"), or "*" for any; a browser sends no path, not even "/", so one with a path would never match.</summary>
public sealed class CorsOptionsValidator : IValidateOptions<CorsOptions>
{
    private const string AnyOrigin = "*";

    public ValidateOptionsResult Validate(string? name, CorsOptions options)
    {
        var checks = new SettingChecks(CorsOptions.SectionName);
        for (var index = 0; index < options.AllowedOrigins.Length; index++)
        {
            var origin = options.AllowedOrigins[index];
            checks.That(origin == AnyOrigin || IsOrigin(origin), $"{nameof(options.AllowedOrigins)}:{index}", $"'{origin}' is not an origin such as https://dashboard.example.vn");
        }
        // The CORS protocol forbids it, and ASP.NET Core would refuse it only at the first request.
        checks.That(!(options.AllowCredentials && options.AllowedOrigins.Contains(AnyOrigin)), nameof(options.AllowCredentials), $"cannot be true while Cors:AllowedOrigins holds '*'");
        return checks.NotNegative(options.PreflightMaxAge).Result;
    }

    private static bool IsOrigin(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.PathAndQuery == "/" && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0 && !text.EndsWith('/');
}
