using System.Security.Claims;

namespace NamDinh.Graph.Api.Auth;

/// <summary>What a token says about its holder: who (sub), in which roles, and for an editor, which provinces (by statistical code).</summary>
public static class Claims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Province = "province";

    public static bool IsAuthenticated(this ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated == true;

    public static bool HasRole(this ClaimsPrincipal? user, string role) => user.IsAuthenticated() && user!.IsInRole(role);

    public static IEnumerable<string> Provinces(this ClaimsPrincipal user) => user.FindAll(Province).Select(claim => claim.Value);
}

/// <summary>The roles a token can carry.</summary>
public static class Roles
{
    /// <summary>Reads reports; anonymous users read too unless Auth:AnonymousReads is off.</summary>
    public const string Reader = "reader";

    /// <summary>Changes the reports of the provinces the token names.</summary>
    public const string Editor = "editor";

    /// <summary>Subscribes to changes.</summary>
    public const string Partner = "partner";

    /// <summary>Does everything.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Reader, Editor, Partner, Admin];
}
