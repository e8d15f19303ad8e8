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
            return EditResult.Refused(EditStatus.Invalid, current, new ValidationProblem(FieldPath.Under(FieldSubject.Report).Then("key"),
                $"The imported report is {import.Report.Key}, not {key}: import it under its own province and year."));
        if (edit is CreateReport create && create.Key != key)
            return EditResult.Refused(EditStatus.Invalid, current, new ValidationProblem(FieldPath.Under(FieldSubject.Report).Then("key"),
                $"The report to create is {create.Key}, not {key}: create it under its own province and year."));

        var before = current ?? Report.Empty(key);
        var after = before;
        var steps = Steps(edit).ToList();
        IReadOnlyList<RevisionEntry> changes = [];
        var problems = new List<ValidationProblem>();
        foreach (var (step, prefix) in steps)
        {
            // A refused step is left out and the next ones go on from before it, so that every refused change of a
            // list is told at once.
            var (stepped, stepChanges, stepProblems) = Apply(step, prefix, after, before.Version + 1);
            problems.AddRange(stepProblems);
            if (stepProblems.Count == 0)
                (after, changes) = (stepped, stepChanges);
        }
        if (problems.Count > 0)
            return EditResult.Refused(EditStatus.Invalid, current, problems);

        if (steps.Count > 1)
            changes = ReportDiff.Between(before, after);
        if (changes.Count == 0 && current is not null)
            return new EditResult(EditStatus.Unchanged, current, current.Version, [], [], [], []);

        var implausible = ImplausibleChanges.In(changes, previousYear);
        if (implausible.Count > 0 && !request.ConfirmImplausible)
            return EditResult.Refused(EditStatus.Implausible, current) with { Implausible = implausible };

        var (raised, cleared) = FindingsEngine.Compare(
            current is null ? [] : FindingsEngine.Inspect(current, previousYear),
            FindingsEngine.Inspect(after, previousYear));
        return new EditResult(request.DryRun ? EditStatus.DryRun : EditStatus.Applied, request.DryRun ? current : after,
            request.DryRun ? current?.Version ?? 0 : after.Version, changes, [], raised, cleared, implausible);
    }

    /// <summary>One step of an edit: the report after it, what it changed, and the problems that refuse it.</summary>
    private static (Report After, IReadOnlyList<RevisionEntry> Changes, IReadOnlyList<ValidationProblem> Problems) Apply(
        ReportEdit step, FieldPrefix prefix, Report before, long version)
    {
        Report after;
        try
        {
            after = step.ApplyTo(before) with { Version = version };
        }
        catch (EditRefusedException refused)
        {
            return (before, [], [new ValidationProblem(prefix.Of(FieldPath.OfTheEdit(refused.Field)), refused.Message)]);
        }
        var repeated = ReportValidator.RepeatedItems(after);
        if (repeated.Count > 0)
            return (before, [], repeated);
        var changes = ReportDiff.Between(before, after);
        var problems = ReportValidator.Default.Validate(after, changes, prefix.Subject);
        return (after, changes, [.. problems.Select(problem => problem with { Path = prefix.Of(problem.Path) })]);
    }

    /// <summary>
    /// The edits to apply one after the other, each with how its fields are named: the edit itself, or each change of
    /// a <see cref="ChangeReport"/>, named by its place ("changes[3].indicator.value").
    /// </summary>
    private static IEnumerable<(ReportEdit Edit, FieldPrefix Prefix)> Steps(ReportEdit edit) => edit is ChangeReport list
        ? list.Changes.Select((change, index) => (change, new FieldPrefix(SubjectOf(change), index)))
        : [(edit, new FieldPrefix(SubjectOf(edit), null))];

    /// <summary>
    /// How a step's fields are named: <see cref="Subject"/> is what the validator names them under (the figure),
    /// <see cref="Change"/> the step's place in a list of changes.
    /// </summary>
    private sealed record FieldPrefix(FieldSubject Subject, int? Change)
    {
        /// <summary>A field as the step names it ("code", "indicator.value"), at the step's place.</summary>
        public FieldPath Of(FieldPath field) => field with { Change = Change };
    }

    private static FieldSubject SubjectOf(ReportEdit edit) => edit switch
    {
        SetIndicator or ReplaceIndicator or RemoveIndicator => FieldSubject.Indicator,
        SetRanking => FieldSubject.Ranking,
        AddNarrativeItem or UpdateNarrativeItem or RemoveNarrativeItem => FieldSubject.Item,
        _ => FieldSubject.Report,
    };
}
