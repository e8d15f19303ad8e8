using NamDinh.Graph.Api.Auth;

namespace NamDinh.Graph.Api.Transport.Clients;

/// <summary>
/// Whom the per-client limits count against: the subject of a valid token when the request carries one, else the
/// client's address (the one a known proxy forwarded, see <see cref="ForwardedHeadersSetup"/>).
/// </summary>
public static class ClientKey
{
    public static string Of(HttpContext http) =>
        http.User.IsAuthenticated() && http.User.FindFirst(Claims.Subject)?.Value is { Length: > 0 } subject
            ? "sub:" + subject
            : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
