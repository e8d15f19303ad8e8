using System.Security.Claims;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Reports;

/// <summary>Sends users' changes to the report grains, recording who asked.</summary>
public sealed class ReportEditing(IGrainFactory grains)
{
    public const string Anonymous = "anonymous";

    public Task<EditResult> EditAsync(ReportKey key, ReportEdit edit, long? expectedVersion, string? reason, ClaimsPrincipal? user, bool dryRun = false) =>
        grains.GetReportGrain(key).EditAsync(new EditRequest(edit, expectedVersion, Actor(user), reason, dryRun));

    /// <summary>Who the history records: the authenticated user's name, else "anonymous".</summary>
    public static string Actor(ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Anonymous;
}
