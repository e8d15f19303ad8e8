using System.Globalization;
using System.Security.Claims;

namespace NamDinh.Graph.Api.Transport.WebSockets;

/// <summary>When a validated token stops being valid (its "exp" claim); null for an anonymous client.</summary>
public static class TokenExpiry
{
    public static DateTimeOffset? Of(ClaimsPrincipal user) =>
        user.FindFirst("exp")?.Value is { } exp && long.TryParse(exp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
