using System.Security.Claims;
using GraphQL;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Auth;

/// <summary>Who may change a report: an admin, or an editor of its province. Everyone else is told which of the two they lack.</summary>
public static class ReportPermissions
{
    public static void RequireEditor(ClaimsPrincipal? user, ReportKey key)
    {
        RequireSomeEditor(user);
        if (user.HasRole(Roles.Admin) || (user.HasRole(Roles.Editor) && user!.Provinces().Contains(key.ProvinceCode)))
            return;
        var province = ProvinceDirectory.Default.FindByCode(key.ProvinceCode);
        throw new ExecutionError($"{user!.Identity!.Name ?? "This token"} may not change the reports of {province?.Name ?? key.ProvinceCode} ({key.ProvinceCode}): that needs an editor of the province or an admin.")
        { Code = ErrorCodes.Forbidden };
    }

    /// <summary>
    /// An admin or an editor of some province: what a change needs before its input is even read, when the input
    /// itself names the report (an imported report's key).
    /// </summary>
    public static void RequireSomeEditor(ClaimsPrincipal? user)
    {
        if (!user.IsAuthenticated())
            throw new ExecutionError("Changing a report needs a token: send 'Authorization: Bearer <token>' of an editor of its province.") { Code = ErrorCodes.Unauthenticated };
        if (!user.HasRole(Roles.Admin) && !user.HasRole(Roles.Editor))
            throw new ExecutionError($"{user!.Identity!.Name ?? "This token"} may not change reports: that needs an editor of the report's province or an admin.")
            { Code = ErrorCodes.Forbidden };
    }
}
