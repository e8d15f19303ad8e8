using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NamDinh.Graph.Api.Auth;

/// <summary>
/// Reads the token a client sends, over HTTP (Authorization: Bearer, through the JwtBearer handler) or in a
/// WebSocket's connection_init (with the same handler's settings): no token is an anonymous user, a valid one its
/// holder, anything else a refusal that says why without saying more.
/// </summary>
public sealed class TokenCheck(IOptionsMonitor<JwtBearerOptions> bearer)
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<TokenCheckResult> CheckAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (result.Succeeded)
            return new TokenCheckResult(result.Principal, null);
        if (result.None || result.Failure is null)
            return http.Request.Headers.Authorization.Count == 0
                ? TokenCheckResult.Anonymous
                : TokenCheckResult.Refused("The Authorization header must be 'Bearer <token>'.");
        return TokenCheckResult.Refused(Why(result.Failure));
    }

    public async Task<TokenCheckResult> CheckAsync(string? token)
    {
        if (string.IsNullOrEmpty(token))
            return TokenCheckResult.Anonymous;
        var options = bearer.Get(JwtBearerDefaults.AuthenticationScheme);
        var result = await _handler.ValidateTokenAsync(token, options.TokenValidationParameters);
        return result.IsValid ? new TokenCheckResult(new ClaimsPrincipal(result.ClaimsIdentity), null) : TokenCheckResult.Refused(Why(result.Exception));
    }

    /// <summary>The token of an "Authorization: Bearer …" value; the value itself when it names no scheme.</summary>
    public static string? FromAuthorizationHeader(string? header) =>
        header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : header;

    private static string Why(Exception? failure) => failure switch
    {
        SecurityTokenExpiredException => "The token has expired; ask for a new one.",
        SecurityTokenSignatureKeyNotFoundException when failure.Message.Contains("IDX10500") => "This server accepts no tokens: it has no signing key configured.",
        _ => "The token is not valid: it is malformed, or not signed by this server's key for this issuer and audience.",
    };
}

/// <summary>Who a token says the client is (anonymous without one), or why it is refused.</summary>
public sealed record TokenCheckResult(ClaimsPrincipal? User, string? Refusal)
{
    public static readonly TokenCheckResult Anonymous = new(new ClaimsPrincipal(new ClaimsIdentity()), null);

    public static TokenCheckResult Refused(string why) => new(null, why);
}
