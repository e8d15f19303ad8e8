using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace NamDinh.Graph.Api.Auth;

/// <summary>
/// Pages for admins under <see cref="PathPrefix"/> (the Orleans dashboard) are opened in a browser, which sends no
/// Authorization header: there the token may come in the <see cref="TokenCookie"/> cookie, which an admin sets for
/// that path. Everywhere else only the header counts, so no cookie can act for a user on the API itself.
/// </summary>
public static class AdminPages
{
    public const string PathPrefix = "/admin";
    public const string TokenCookie = "namdinh_admin_token";

    public static Task TakeTokenFromCookie(MessageReceivedContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization.Count == 0 && request.Path.StartsWithSegments(PathPrefix)
            && request.Cookies.TryGetValue(TokenCookie, out var token) && token.Length > 0)
            context.Token = token;
        return Task.CompletedTask;
    }
}
