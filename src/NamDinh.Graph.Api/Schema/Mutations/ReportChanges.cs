using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Reports;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Mutations;

/// <summary>
/// Runs one change for a mutation resolver and turns a refusal into the client's errors: BAD_USER_INPUT naming
/// each field at fault, VERSION_CONFLICT with the current version, NOT_FOUND, ALREADY_EXISTS, and first of all
/// UNAUTHENTICATED or FORBIDDEN for a user who may not change the report. A refused change
/// has written nothing.
/// </summary>
public static class ReportChanges
{
    /// <summary>
    /// The report a change names. <paramref name="provinceField"/> and <paramref name="yearField"/> are where the
    /// client wrote them: the input's own fields, or the key inside an imported report.
    /// </summary>
    public static ReportKey KeyOf(string province, int year, string provinceField = "input.province", string yearField = "input.year")
    {
        return new ReportKey(ReportArguments.Province(province, provinceField).Code, ReportArguments.Year(year, yearField));
    }

    public static async Task<ChangeOutcome?> ApplyAsync(
        IResolveFieldContext context, ReportKey key, ReportEdit edit, int? expectedVersion, string? reason, string part, string? itemKey, bool dryRun = false)
    {
        ReportPermissions.RequireEditor(context.User, key);
        var editing = context.RequestServices!.GetRequiredService<ReportEditing>();
        var result = await editing.EditAsync(key, edit, expectedVersion, reason, context.User, dryRun);
        switch (result.Status)
        {
            case EditStatus.Applied or EditStatus.Unchanged or EditStatus.DryRun:
                return new ChangeOutcome(key, result, part, itemKey);
            case EditStatus.Invalid:
                foreach (var problem in result.Problems)
                    context.Errors.Add(Located(ClientErrors.BadUserInput(InputField(problem.Field), problem.Message), context));
                return null;
            case EditStatus.VersionConflict:
                throw new ExecutionError($"The report is at version {result.CurrentVersion}, not {expectedVersion}: read it again and redo the change on the current version.")
                    { Code = ErrorCodes.VersionConflict }
                    .With("currentVersion", result.CurrentVersion)
                    .With("expectedVersion", expectedVersion);
            case EditStatus.NotFound:
                throw ClientErrors.NotFound($"There is no report of province {key.ProvinceCode} for {key.Year}; createReport or importReport makes one.");
            case EditStatus.AlreadyExists:
                throw new ExecutionError($"The report of province {key.ProvinceCode} for {key.Year} exists already, at version {result.CurrentVersion}.")
                    { Code = ErrorCodes.AlreadyExists }
                    .With("currentVersion", result.CurrentVersion);
            default:
                throw new InvalidOperationException($"Unknown edit status {result.Status}.");
        }
    }

    /// <summary>
    /// Names a field as the client wrote it: the domain's "indicator.comparisons.ratePercent" is the mutation's
    /// "input.comparisons.ratePercent", and a text's "item.text.vi" and "item.text.enTranslation" are the input's
    /// "input.text" and "input.textEn" (a ranking's name likewise); a whole imported report's
    /// "report.indicators[code].value" stays as it is under input.
    /// </summary>
    private static string InputField(string domainField)
    {
        var dot = domainField.IndexOf('.');
        var head = dot < 0 ? domainField : domainField[..dot];
        if (head is not ("indicator" or "ranking" or "item") || dot < 0)
            return "input." + domainField;
        return "input" + domainField[dot..] switch
        {
            ".text.vi" => ".text",
            ".text.enTranslation" => ".textEn",
            ".name.vi" => ".name",
            ".name.enTranslation" => ".nameEn",
            var path => path,
        };
    }

    private static ExecutionError Located(ExecutionError error, IResolveFieldContext context)
    {
        error.AddLocation(context.FieldAst, context.Document);
        error.Path = context.Path;
        return error;
    }
}
