using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NamDinh.Graph.Api.Auth;

namespace NamDinh.Graph.Api.Hosting.Health;

/// <summary>
/// <c>/health/live</c>: the process answers (a failing liveness probe restarts the pod). <c>/health/ready</c>: the silo
/// is active (else 503, and the node takes no traffic) and storage answers. Storage down is Degraded, still 200: every
/// node shares the one storage, so taking nodes out of service would stop the reads they can still serve.
/// Neither needs a token (a Kubernetes probe sends none) and both answer the same HTTP status to everyone; only a bearer
/// token with the admin role reads each check and its description (which names the silo's address), anyone else reads
/// the bare <c>{"status":"Healthy|Degraded|Unhealthy"}</c>.
/// </summary>
public static class HealthEndpoints
{
    private const string Readiness = "ready";

    public static IServiceCollection AddNamDinhHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<SiloHealthCheck>("silo", HealthStatus.Unhealthy, [Readiness])
            .AddCheck<StorageHealthCheck>("storage", HealthStatus.Degraded, [Readiness]);
        return services;
    }

    public static WebApplication MapNamDinhHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Readiness),
            ResponseWriter = WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return app;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        if (!http.User.HasRole(Roles.Admin))
            return JsonSerializer.SerializeAsync(http.Response.Body, new { status = report.Status.ToString() }, cancellationToken: http.RequestAborted);
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => new
            {
                status = entry.Value.Status.ToString(),
                description = entry.Value.Description,
            }),
        }, cancellationToken: http.RequestAborted);
    }
}
