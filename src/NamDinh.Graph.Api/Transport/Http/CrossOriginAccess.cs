using Microsoft.Net.Http.Headers;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Hosting;

namespace NamDinh.Graph.Api.Transport.Http;

/// <summary>The <c>Cors</c> configuration section: which web origins may call the API from a browser.</summary>
public sealed class CorsOptions
{
    public const string SectionName = "Cors";

    /// <summary>The origins allowed ("https://dashboard.example.vn"); none by default, so a page elsewhere cannot read answers.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Whether those origins may send credentials (cookies, HTTP authentication). Bearer tokens in Authorization need no credentials mode.</summary>
    public bool AllowCredentials { get; set; }

    /// <summary>How long a browser may keep a preflight's answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// CORS for front-ends served from another origin, with ASP.NET Core's CORS middleware: the configured origins may
/// GET and POST GraphQL with any header (Authorization, If-None-Match, …), read the ETag and correlation id, and have
/// their preflights answered; no other origin gets CORS headers.
/// </summary>
public static class CrossOriginAccess
{
    private const string PolicyName = "configured-origins";

    public static IServiceCollection AddCrossOriginAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var options = services.AddSettings(configuration, CorsOptions.SectionName, new CorsOptionsValidator());
        return services.AddCors(cors => cors.AddPolicy(PolicyName, policy =>
        {
            policy.WithOrigins(options.AllowedOrigins).WithMethods(HttpMethods.Get, HttpMethods.Post).AllowAnyHeader()
                .WithExposedHeaders(HeaderNames.ETag, CorrelationId.Header)
                .SetPreflightMaxAge(options.PreflightMaxAge);
            if (options.AllowCredentials)
                policy.AllowCredentials();
        }));
    }

    public static WebApplication UseCrossOriginAccess(this WebApplication app)
    {
        app.UseCors(PolicyName);
        return app;
    }
}
