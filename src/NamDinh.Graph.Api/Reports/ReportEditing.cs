using System.Security.Claims;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Api.Execution;
using NamDinh.Graph.Api.Schema.Inputs;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Reports;

/// <summary>
/// Sends users' changes to the report grains, recording who asked. An applied change forgets the answers this node
/// kept that read what it changed (<see cref="ResponseCache"/>) before it is answered, whatever the transport, so its
/// client reads its own change even if this node's inbox did not take it in time.
/// </summary>
public sealed class ReportEditing(IGrainFactory grains, ResponseCache responses)
{
    public const string Anonymous = "anonymous";

    public async Task<EditResult> EditAsync(ReportKey key, ReportEdit edit, ChangeOptions options, ClaimsPrincipal? user)
    {
        var result = await grains.GetReportGrain(key).EditAsync(new EditRequest(
            edit, options.ExpectedVersion, Actor(user), options.Reason, options.DryRun, options.ConfirmImplausible, options.IdempotencyKey));
        if (result.Status == EditStatus.Applied)
            responses.Forget(key);
        return result;
    }

    /// <summary>Who the history records: the authenticated user's name, else "anonymous".</summary>
    public static string Actor(ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Anonymous;
}
