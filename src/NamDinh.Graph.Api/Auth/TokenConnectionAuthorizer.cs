using System.Text.Json;
using NamDinh.Graph.Api.Transport.WebSockets;

namespace NamDinh.Graph.Api.Auth;

/// <summary>
/// A WebSocket client sends its token in the connection_init payload, as <c>{"token": "…"}</c> or
/// <c>{"Authorization": "Bearer …"}</c>; its operations then run as the token's holder. A token that is not valid
/// is refused (4403), and so is a client without one where subscriptions are for partners only.
/// </summary>
public sealed class TokenConnectionAuthorizer(TokenCheck tokens, AuthOptions options) : IConnectionAuthorizer
{
    public async ValueTask<bool> AuthorizeAsync(HttpContext http, JsonElement? payload)
    {
        var checkedToken = await tokens.CheckAsync(TokenIn(payload));
        if (checkedToken.User is not { } user || (options.PartnersOnlySubscriptions && !user.IsAuthenticated()))
            return false;
        http.User = user;
        return true;
    }

    private static string? TokenIn(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } body)
            return null;
        if (body.TryGetProperty("token", out var token) && token.ValueKind == JsonValueKind.String)
            return token.GetString();
        return body.TryGetProperty("Authorization", out var header) && header.ValueKind == JsonValueKind.String
            ? TokenCheck.FromAuthorizationHeader(header.GetString())
            : null;
    }
}
