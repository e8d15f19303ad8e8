using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Api.Transport.WebSockets;
using NamDinh.Graph.Grains.Cluster;
using NamDinh.Graph.Grains.Storage;
using Orleans.Runtime;

namespace NamDinh.Graph.Api.Hosting;

/// <summary>
/// <c>GET /status</c>: this node answers. A bearer token with the admin role also reads its counts (active silos,
/// subscriptions, WebSocket and event-stream connections, storage requests); anyone else, with no token, another
/// role's or one that is not valid, reads only <c>{"status":"ok"}</c>, so nothing about the cluster is told to strangers.
/// </summary>
public static class StatusEndpoint
{
    public const string Path = "/status";

    public static WebApplication MapNamDinhStatus(this WebApplication app)
    {
        app.MapGet(Path, (HttpContext http, ChangeFeed feed, ConnectionCounter connections, StorageRoundTrips storage, IClusterMembershipService membership) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return http.User.HasRole(Roles.Admin)
                ? Results.Json(new
                {
                    status = "ok",
                    activeSilos = membership.CountActiveSilos(),
                    activeSubscriptions = feed.ActiveSubscriptions,
                    webSocketConnections = connections.WebSockets,
                    eventStreamConnections = connections.EventStreams,
                    storageRequests = storage.Count,
                })
                : Results.Json(new { status = "ok" });
        });
        return app;
    }
}
