using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NamDinh.Graph.Api.Auth;

/// <summary>Signs tokens with the configured key, for the token command and for tests.</summary>
public sealed class TokenIssuer(AuthOptions options, TimeProvider clock)
{
    public string Issue(string subject, IEnumerable<string> roles, IEnumerable<string> provinceCodes, TimeSpan? lifetime = null)
    {
        var key = options.Key() ?? throw new InvalidOperationException("Auth:SigningKey is not set, so no token can be issued.");
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim> { new(Claims.Subject, subject) };
        claims.AddRange(roles.Select(role => new Claim(Claims.Role, role)));
        claims.AddRange(provinceCodes.Select(code => new Claim(Claims.Province, code)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? options.TokenLifetime),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
