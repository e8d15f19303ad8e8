using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace NamDinh.Graph.Api.Transport.WebSockets;

/// <summary>
/// Where <see cref="GraphQLWebSocketOptions.ConnectionTokens"/> are configured, a WebSocket client must send one of
/// them as <c>{"token": "…"}</c> in its connection_init payload, else it is refused with 4403; with none configured
/// every client may connect. (Role-based tokens come with authentication.)
/// </summary>
public sealed class ConnectionTokenAuthorizer(IOptions<GraphQLWebSocketOptions> options) : IConnectionAuthorizer
{
    public ValueTask<bool> AuthorizeAsync(HttpContext http, JsonElement? payload)
    {
        var tokens = options.Value.ConnectionTokens;
        if (tokens.Count == 0)
            return ValueTask.FromResult(true);
        var given = payload is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("token", out var token) && token.ValueKind == JsonValueKind.String
            ? token.GetString()!
            : null;
        return ValueTask.FromResult(given is not null && tokens.Any(expected => SameText(expected, given)));
    }

    private static bool SameText(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
