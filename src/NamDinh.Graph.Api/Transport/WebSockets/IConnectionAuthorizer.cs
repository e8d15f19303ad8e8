using System.Text.Json;

namespace NamDinh.Graph.Api.Transport.WebSockets;

/// <summary>
/// Decides whether a WebSocket connection may proceed, from the connection_init payload (where the client's token
/// travels) and the upgrade request. A refusal closes the socket with 4403.
/// </summary>
public interface IConnectionAuthorizer
{
    ValueTask<bool> AuthorizeAsync(HttpContext http, JsonElement? payload);
}
