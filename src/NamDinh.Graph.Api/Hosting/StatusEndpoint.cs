using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Api.Execution.Compiled;
using NamDinh.Graph.Api.Transport.WebSockets;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Cluster;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Api.Hosting;

/// <summary>
/// <c>GET /status</c>: this node answers. A bearer token with the admin role also reads its counts (active silos,
/// subscriptions, WebSocket and event-stream connections, storage requests, queries answered by a plan and left to
/// the general executor (<see cref="PlanUse"/>)); anyone else, with no token, another
/// role's or one that is not valid, reads only <c>{"status":"ok"}</c>, so nothing about the cluster is told to strangers.
/// An admin's <c>GET /status?reports=01-2062,02-2062</c> also reads this node's silo and the silo each of those reports'
/// grains is active on (null when it is active nowhere), so a test can tell which reports a node holds. That asks
/// Orleans' management grain, which may live on another node: it answers only while the cluster does.
/// </summary>
public static class StatusEndpoint
{
    public const string Path = "/status";

    public static WebApplication MapNamDinhStatus(this WebApplication app)
    {
        app.MapGet(Path, async (HttpContext http, ChangeFeed feed, ConnectionCounter connections, StorageRoundTrips storage,
            IClusterMembershipService membership, IGrainFactory grains, ILocalSiloDetails silo, PlanUse plans) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            if (http.User.HasRole(Roles.Admin) && http.Request.Query["reports"].ToString() is { Length: > 0 } reports)
                return Results.Json(new
                {
                    status = "ok",
                    silo = silo.SiloAddress.ToParsableString(),
                    reportGrains = await ReportGrainSilosAsync(grains, reports.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
                });
            return http.User.HasRole(Roles.Admin)
                ? Results.Json(new
                {
                    status = "ok",
                    activeSilos = membership.CountActiveSilos(),
                    activeSubscriptions = feed.ActiveSubscriptions,
                    webSocketConnections = connections.WebSockets,
                    eventStreamConnections = connections.EventStreams,
                    storageRequests = storage.Count,
                    plannedAnswers = plans.Planned,
                    answersLeftToTheExecutor = plans.LeftOver,
                })
                : Results.Json(new { status = "ok" });
        });
        return app;
    }

    private static async Task<Dictionary<string, string?>> ReportGrainSilosAsync(IGrainFactory grains, string[] reports)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var keys = reports.Take(500).Select(text => ReportKey.TryParse(text, out var key) ? key : null).OfType<ReportKey>().Distinct().ToList();
        var addresses = await Task.WhenAll(keys.Select(key => management.GetActivationAddress(grains.GetReportGrain(key)).AsTask()));
        return keys.Zip(addresses).ToDictionary(pair => pair.First.ToString(), pair => pair.Second?.ToParsableString());
    }
}
