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

    /// <summary>A browser refused an admin page is told how to sign in, not shown an empty error.</summary>
    public static async Task ExplainToBrowsers(JwtBearerChallengeContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments(PathPrefix) || !request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
            return;
        context.HandleResponse();
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Admins only</title></head>
            <body style="font-family: sans-serif; max-width: 40em; margin: 2em auto; line-height: 1.5">
            <h1>Admins only</h1>
            <p>This page needs an admin's token{{(context.AuthenticateFailure is null ? "" : ", and the one sent is not valid")}}.
            Make one with <code>dotnet NamDinh.Graph.Api.dll token --role admin --subject YOU</code> on the server, then run
            this in the browser's console on this page, and reload:</p>
            <pre>document.cookie = "{{TokenCookie}}=TOKEN; path={{PathPrefix}}; SameSite=Strict"</pre>
            <p>The cookie counts only under <code>{{PathPrefix}}</code>, never for the API itself.</p>
            </body></html>
            """);
    }

    public static Task TakeTokenFromCookie(MessageReceivedContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization.Count == 0 && request.Path.StartsWithSegments(PathPrefix)
            && request.Cookies.TryGetValue(TokenCookie, out var token) && token.Length > 0)
            context.Token = token;
        return Task.CompletedTask;
    }
}
