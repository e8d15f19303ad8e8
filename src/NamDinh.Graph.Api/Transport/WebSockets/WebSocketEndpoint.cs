using GraphQL;
using Microsoft.Extensions.Options;
using NamDinh.Graph.Api.Execution;
using NamDinh.Graph.Api.Transport.Http;

namespace NamDinh.Graph.Api.Transport.WebSockets;

/// <summary>
/// Accepts WebSocket upgrades at the GraphQL path for the graphql-transport-ws subprotocol, up to
/// <see cref="GraphQLWebSocketOptions.MaxConnectionsPerClient"/> streaming connections per client (429 beyond, before the upgrade).
/// </summary>
public sealed class WebSocketEndpoint(
    GraphQLRequestRunner runner,
    GraphQLRequestReader reader,
    IGraphQLTextSerializer serializer,
    BoundedJson json,
    IConnectionAuthorizer authorizer,
    ConnectionCounter connections,
    IOptions<GraphQLWebSocketOptions> options,
    Clients.SlowReaderOptions slowReaders,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLWebSocketConnection> logger)
{
    public const string Subprotocol = "graphql-transport-ws";

    public async Task AcceptAsync(HttpContext http)
    {
        var offered = http.WebSockets.WebSocketRequestedProtocols;
        if (!offered.Contains(Subprotocol))
        {
            using var refused = await http.WebSockets.AcceptWebSocketAsync();
            try
            {
                await refused.CloseAsync((System.Net.WebSockets.WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable,
                    $"Subprotocol not acceptable: this endpoint speaks {Subprotocol}.", http.RequestAborted);
            }
            catch (System.Net.WebSockets.WebSocketException)
            {
                // The client left without answering the close frame; it was told why.
            }
            return;
        }
        using var opened = connections.TryOpenWebSocket(Clients.ClientKey.Of(http), options.Value.MaxConnectionsPerClient);
        if (opened is null)
        {
            await TooManyConnections.RefuseAsync(http, options.Value.MaxConnectionsPerClient);
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(Subprotocol);
        var connection = new GraphQLWebSocketConnection(socket, http, runner, reader, serializer, json, authorizer, options.Value, slowReaders, logger);
        await connection.RunAsync(lifetime.ApplicationStopping);
    }
}
