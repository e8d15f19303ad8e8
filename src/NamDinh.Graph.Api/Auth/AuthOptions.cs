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

    /// <summary>The id (<c>kid</c>) the tokens signed with <see cref="SigningKey"/> carry.</summary>
    public string SigningKeyId { get; set; } = "current";

    /// <summary>
    /// Keys tokens are still checked with but no longer signed with, by the id their tokens carry: to rotate, make the
    /// new secret <see cref="SigningKey"/> under a new <see cref="SigningKeyId"/>, and the old one an entry here under
    /// its old id, until the tokens it signed have expired.
    /// </summary>
    public Dictionary<string, string> PreviousSigningKeys { get; set; } = [];

    public string Issuer { get; set; } = "namdinh-graph";

    public string Audience { get; set; } = "namdinh-graph";

    /// <summary>Whether queries need no token. On by default: the reports are public.</summary>
    public bool AnonymousReads { get; set; } = true;

    /// <summary>Whether subscriptions are for partners (and admins) only; a WebSocket client without a token is then refused with 4403.</summary>
    public bool PartnersOnlySubscriptions { get; set; }

    /// <summary>How long a token the token command issues is valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The key to sign and check with; null when none is configured. Its length is checked at start (<see cref="AuthOptionsValidator"/>).</summary>
    public SymmetricSecurityKey? Key() => string.IsNullOrEmpty(SigningKey) ? null : KeyOf(SigningKey, SigningKeyId);

    /// <summary>Every key a token may be signed with: the current one and the previous ones, each under its id.</summary>
    public IReadOnlyList<SecurityKey> CheckingKeys() =>
    [
        .. Key() is { } current ? [current] : Array.Empty<SecurityKey>(),
        .. PreviousSigningKeys.Select(previous => KeyOf(previous.Value, previous.Key)),
    ];

    private static SymmetricSecurityKey KeyOf(string secret, string id) => new(Encoding.UTF8.GetBytes(secret)) { KeyId = id };

    public TokenValidationParameters ValidationParameters(IReadOnlyList<SecurityKey> keys) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        // Without a key no signature can be checked, so no token passes. A token's kid picks its key; one without a
        // kid (issued before keys had ids) is tried against each.
        IssuerSigningKeys = keys,
        TryAllIssuerSigningKeys = true,
        RequireSignedTokens = true,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = Claims.Subject,
        RoleClaimType = Claims.Role,
        ClockSkew = TimeSpan.FromSeconds(30),
    };
}
