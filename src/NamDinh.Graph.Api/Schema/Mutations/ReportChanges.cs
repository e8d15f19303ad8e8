using GraphQL;
using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Reports;
using NamDinh.Graph.Api.Schema.Inputs;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;
using NamDinh.Graph.Domain.Validation;

namespace NamDinh.Graph.Api.Schema.Mutations;

/// <summary>
/// Runs one change for a mutation resolver and turns a refusal into the client's errors: BAD_USER_INPUT naming
/// each field at fault, IMPLAUSIBLE_CHANGE for each figure that moves by orders of magnitude, IDEMPOTENCY_KEY_REUSED,
/// VERSION_CONFLICT with the current version, NOT_FOUND, ALREADY_EXISTS, and first of all
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
        IResolveFieldContext context, ReportEditing editing, ReportKey key, ReportEdit edit, ChangeOptions options, string part, string? itemKey, ChangeDraft? draft = null)
    {
        ReportPermissions.RequireEditor(context.User, key);
        if (options.IdempotencyKey is { } idempotencyKey && (idempotencyKey.Length == 0 || idempotencyKey.Length > KeptAnswer.LongestKey))
            throw ClientErrors.BadUserInput("input.idempotencyKey", $"An idempotency key has 1 to {KeptAnswer.LongestKey} characters, not {idempotencyKey.Length}.");
        // The history keeps the reason and shows it to every reader, so it follows the rule of the report's own texts.
        if (options.Reason is { Length: > 0 } reason && TextRule.ProblemOf(reason, Domain.Validation.Limits.LongText) is { } reasonProblem)
            throw ClientErrors.BadUserInput("input.reason", reasonProblem);
        var result = await editing.EditAsync(key, edit, options, context.User);
        switch (result.Status)
        {
            case EditStatus.Applied or EditStatus.Unchanged or EditStatus.DryRun:
                return new ChangeOutcome(key, result, part, itemKey);
            case EditStatus.Invalid:
                foreach (var problem in result.Problems)
                    context.Errors.Add(Located(ClientErrors.BadUserInput(InputFields.Of(problem.Path, draft), problem.Message), context));
                return null;
            case EditStatus.Implausible:
                foreach (var implausible in result.Implausible ?? [])
                    context.Errors.Add(Located(ImplausibleChangeError(implausible), context));
                return null;
            case EditStatus.IdempotencyKeyReused:
                throw new ExecutionError(result.Problems[0].Message) { Code = ErrorCodes.IdempotencyKeyReused }
                    .With("idempotencyKey", options.IdempotencyKey);
            case EditStatus.VersionConflict:
                throw new ExecutionError($"The report is at version {result.CurrentVersion}, not {options.ExpectedVersion}: read it again and redo the change on the current version.")
                { Code = ErrorCodes.VersionConflict }
                    .With("currentVersion", result.CurrentVersion)
                    .With("expectedVersion", options.ExpectedVersion);
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

    private static ExecutionError ImplausibleChangeError(ImplausibleChange change)
    {
        var compared = change.ComparedWith == ComparedWith.Stored ? "the value the report holds" : "the previous year's figure";
        return new ExecutionError(
            $"'{change.Code}' would be {Exact(change.NewBaseValue)} in its unit (value × multiplier), {ImplausibleChanges.Factor} times or more away from {compared}, {Exact(change.ComparedBaseValue)}: a slip of the multiplier or of a digit? Send confirmImplausible: true if the value is meant.")
        { Code = ErrorCodes.ImplausibleChange }
            .With("indicator", change.Code)
            .With("newBaseValue", Exact(change.NewBaseValue))
            .With("comparedBaseValue", Exact(change.ComparedBaseValue))
            .With("comparedWith", change.ComparedWith == ComparedWith.Stored ? "STORED" : "PREVIOUS_YEAR");
    }

    private static string Exact(decimal value) => ExactDecimals.Text(value);

    private static ExecutionError Located(ExecutionError error, IResolveFieldContext context)
    {
        error.AddLocation(context.FieldAst, context.Document);
        error.Path = context.Path;
        return error;
    }
}
