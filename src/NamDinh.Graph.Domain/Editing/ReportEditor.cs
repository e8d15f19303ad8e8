using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Validation;

namespace NamDinh.Graph.Domain.Editing;

/// <summary>
/// Decides what an edit does to a report, without storing anything: checks the expected version, applies the
/// edit, finds what changed, validates it and tells which findings it raises or clears. The report grain
/// stores what this decides.
/// </summary>
public static class ReportEditor
{
    public static EditResult Decide(Report? current, ReportKey key, EditRequest request, Report? previousYear)
    {
        var edit = request.Edit;
        if (current is null && !edit.Creates)
            return EditResult.Refused(EditStatus.NotFound, null);
        if (current is not null && edit is CreateReport)
            return EditResult.Refused(EditStatus.AlreadyExists, current);
        if (request.ExpectedVersion is { } expected && expected != (current?.Version ?? 0))
            return EditResult.Refused(EditStatus.VersionConflict, current);
        if (edit is ImportReport import && import.Report.Key != key)
            return EditResult.Refused(EditStatus.Invalid, current, new ValidationProblem("report.key",
                $"The imported report is {import.Report.Key}, not {key}: import it under its own province and year."));
        if (edit is CreateReport create && create.Key != key)
            return EditResult.Refused(EditStatus.Invalid, current, new ValidationProblem("report.key",
                $"The report to create is {create.Key}, not {key}: create it under its own province and year."));

        var before = current ?? Report.Empty(key);
        Report after;
        try
        {
            after = edit.ApplyTo(before) with { Version = before.Version + 1 };
        }
        catch (EditRefusedException refused)
        {
            return EditResult.Refused(EditStatus.Invalid, current, new ValidationProblem(refused.Field, refused.Message));
        }

        var repeated = ReportValidator.RepeatedItems(after);
        if (repeated.Count > 0)
            return EditResult.Refused(EditStatus.Invalid, current, repeated);

        var changes = ReportDiff.Between(before, after);
        if (changes.Count == 0 && current is not null)
            return new EditResult(EditStatus.Unchanged, current, current.Version, [], [], [], []);
        var problems = ReportValidator.Default.Validate(after, changes, FieldPrefix(edit));
        if (problems.Count > 0)
            return EditResult.Refused(EditStatus.Invalid, current, problems);

        var (raised, cleared) = FindingsEngine.Compare(
            current is null ? [] : FindingsEngine.Inspect(current, previousYear),
            FindingsEngine.Inspect(after, previousYear));
        return new EditResult(request.DryRun ? EditStatus.DryRun : EditStatus.Applied, request.DryRun ? current : after,
            request.DryRun ? current?.Version ?? 0 : after.Version, changes, [], raised, cleared);
    }

    private static string FieldPrefix(ReportEdit edit) => edit switch
    {
        SetIndicator => "indicator",
        SetRanking => "ranking",
        AddNarrativeItem or UpdateNarrativeItem or RemoveNarrativeItem => "item",
        RemoveIndicator => "indicator",
        _ => "report",
    };
}
