using System.Globalization;
using System.Threading.RateLimiting;
using GraphQL;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Hosting;

namespace NamDinh.Graph.Api.Transport.Clients;

/// <summary>
/// ASP.NET Core's rate limiter at the GraphQL path, per client (<see cref="ClientKey"/>): a token bucket of requests,
/// chained with a cap on requests answered at once. A refusal is 429 with a GraphQL error: RATE_LIMITED with
/// Retry-After, or TOO_MANY_CONCURRENT_REQUESTS.
/// </summary>
public static class ClientRateLimiting
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration, string path)
    {
        var options = services.AddSettings(configuration, ClientLimitOptions.SectionName, new ClientLimitOptionsValidator());
        if (!options.Enabled)
            return services;
        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(RequestRate(options, path), RequestsAtOnce(options, path));
            limiter.OnRejected = RefuseAsync;
        });
    }

    public static WebApplication UseClientRateLimiting(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ClientLimitOptions>().Enabled)
            app.UseRateLimiter();
        return app;
    }

    private static PartitionedRateLimiter<HttpContext> RequestRate(ClientLimitOptions options, string path) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http => http.Request.Path.StartsWithSegments(path)
            ? RateLimitPartition.GetTokenBucketLimiter(ClientKey.Of(http), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(options.Burst, options.Requests),
                TokensPerPeriod = options.Requests,
                ReplenishmentPeriod = options.Period,
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(""));

    // A WebSocket holds its request for its whole life; WebSockets have a cap of their own. The limiter runs before the
    // WebSocket middleware, so an upgrade is told by its header too (IsWebSocketRequest is not known yet under Kestrel).
    private static PartitionedRateLimiter<HttpContext> RequestsAtOnce(ClientLimitOptions options, string path) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http => http.Request.Path.StartsWithSegments(path) && !IsWebSocketUpgrade(http)
            ? RateLimitPartition.GetConcurrencyLimiter(ClientKey.Of(http), _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = options.MaxConcurrentRequests,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(""));

    private static bool IsWebSocketUpgrade(HttpContext http) =>
        http.WebSockets.IsWebSocketRequest || string.Equals(http.Request.Headers.Upgrade, "websocket", StringComparison.OrdinalIgnoreCase);

    private static async ValueTask RefuseAsync(Microsoft.AspNetCore.RateLimiting.OnRejectedContext rejected, CancellationToken cancellation)
    {
        var http = rejected.HttpContext;
        var error = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? RateLimited(http, retryAfter)
            : new ExecutionError("This client has too many requests being answered at once; wait for one to finish.") { Code = ErrorCodes.TooManyConcurrentRequests };
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        http.Response.ContentType = "application/json; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error] }, cancellation);
    }

    private static ExecutionError RateLimited(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return new ExecutionError($"This client sent more requests than it may; try again in {seconds} s.") { Code = ErrorCodes.RateLimited };
    }
}
