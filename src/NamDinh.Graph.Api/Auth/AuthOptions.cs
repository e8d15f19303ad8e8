using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace NamDinh.Graph.Api.Auth;

/// <summary>The <c>Auth</c> configuration section: the key tokens are signed with, and who may do what without one.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>The shortest signing key accepted: HMAC-SHA256 wants at least 256 bits.</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary>
    /// The secret tokens are signed and checked with (HMAC-SHA256), at least 32 bytes of UTF-8. Without one the
    /// server accepts no token: reads stay open, changes are refused.
    /// </summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "namdinh-graph";

    public string Audience { get; set; } = "namdinh-graph";

    /// <summary>Whether queries need no token. On by default: the reports are public.</summary>
    public bool AnonymousReads { get; set; } = true;

    /// <summary>Whether subscriptions are for partners (and admins) only; a WebSocket client without a token is then refused with 4403.</summary>
    public bool PartnersOnlySubscriptions { get; set; }

    /// <summary>How long a token the token command issues is valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The key to sign and check with; null when none is configured. A key too short stops the server with a message.</summary>
    public SymmetricSecurityKey? Key()
    {
        if (string.IsNullOrEmpty(SigningKey))
            return null;
        var bytes = Encoding.UTF8.GetBytes(SigningKey);
        if (bytes.Length < MinimumKeyBytes)
            throw new InvalidOperationException($"Auth:SigningKey is {bytes.Length} bytes; it must be at least {MinimumKeyBytes} (HMAC-SHA256).");
        return new SymmetricSecurityKey(bytes);
    }

    public TokenValidationParameters ValidationParameters(SecurityKey? key) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        // Without a key no signature can be checked, so no token passes.
        IssuerSigningKey = key,
        RequireSignedTokens = true,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = Claims.Subject,
        RoleClaimType = Claims.Role,
        ClockSkew = TimeSpan.FromSeconds(30),
    };
}
