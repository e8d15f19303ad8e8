using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Findings;

/// <summary>
/// Reads a report's figures against what its own text states, and against the previous year's report
/// where one is stored. A stated number is taken to be rounded to the digits it is written with: 24 % stands
/// for anything from 23.5 % to 24.5 %, so only disagreements beyond that are found. A number that cannot be
/// computed (beyond what a decimal holds) is never compared: its figure has a <see cref="FindingKind.ValueBeyondRange"/>
/// finding instead.
/// </summary>
public static class FindingsEngine
{
    public static IReadOnlyList<Finding> Inspect(Report report, Report? previousYear = null)
    {
        var findings = new List<Finding>();
        foreach (var value in report.Indicators)
        {
            RateAgainstPartOfWhole(value, findings);
            MetTarget(value, findings);
            ComparisonYear(value, findings);
            ChangeAgainstPreviousYear(value, previousYear, findings);
            ShareOfPlan(value, findings);
            FarFromItsSource(value, findings);
            FarFromPreviousYear(value, previousYear, findings);
            BeyondRange(value, findings);
        }
        foreach (var ranking in report.Rankings.Where(ranking => ranking.Position < 1 || ranking.Position > ranking.Total))
            findings.Add(new Finding(
                Id(FindingKind.RankOutsideTotal, ranking.Index), FindingKind.RankOutsideTotal, ranking.Index,
                $"Ranking '{ranking.Index}' places the province {ranking.Position} of {ranking.Total}, outside 1–{ranking.Total}.",
                [new("position", ranking.Position), new("total", ranking.Total)], ranking.Source));
        return findings;
    }

    /// <summary>The findings in <paramref name="after"/> that <paramref name="before"/> did not have, and those it had that are gone.</summary>
    public static (IReadOnlyList<Finding> Raised, IReadOnlyList<Finding> Cleared) Compare(IReadOnlyList<Finding> before, IReadOnlyList<Finding> after)
    {
        var beforeIds = before.Select(finding => finding.Id).ToHashSet(StringComparer.Ordinal);
        var afterIds = after.Select(finding => finding.Id).ToHashSet(StringComparer.Ordinal);
        return (after.Where(finding => !beforeIds.Contains(finding.Id)).ToList(), before.Where(finding => !afterIds.Contains(finding.Id)).ToList());
    }

    private static void RateAgainstPartOfWhole(IndicatorValue value, List<Finding> findings)
    {
        if (value.Comparisons is not { RatePercent: { } stated, OutOf: { } whole } || whole <= 0
            || Computation.Percent(value.Value, whole) is not { } computed)
            return;
        if (!StatedRounding.Agrees(stated, computed))
            findings.Add(Found(FindingKind.RateDisagreesWithPartOfWhole, value,
                $"'{value.Code}' states a rate of {stated} %, but {value.Value} of {whole} is {Round(computed)} %.",
                [new("stated rate", stated), new("N", value.Value), new("M", whole), new("computed rate", Round(computed))]));
    }

    private static void MetTarget(IndicatorValue value, List<Finding> findings)
    {
        if (value.Comparisons.Target is not { Met: true } target || FigureFor(target, value) is not { } figure)
            return;
        // A figure that is itself "more than" the target ("trên 80%" against "trên 80%") passes it.
        var reached = target.Qualifier == Qualifier.MoreThan
            ? figure > target.Value || (figure == target.Value && value.Qualifier == Qualifier.MoreThan)
            : figure >= target.Value;
        if (reached)
            return;
        var goal = (target.Qualifier == Qualifier.MoreThan ? "more than " : "") + target.Value + (target.Unit == "percent" ? " %" : " " + target.Unit);
        findings.Add(Found(FindingKind.MetTargetNotReached, value,
            $"'{value.Code}' calls its target of {goal} met, but its figure is {Round(figure)}{(target.Unit == "percent" ? " %" : "")}" +
            (value.Comparisons.OutOf is { } whole && target.Unit == "percent" && value.Comparisons.RatePercent is null ? $" ({value.Value} of {whole})." : "."),
            [new("target", target.Value), new("figure", Round(figure))]));
    }

    /// <summary>The number a target is measured against: the figure itself, or its stated or computed rate for a target in percent.</summary>
    private static decimal? FigureFor(StatedTarget target, IndicatorValue value)
    {
        if (target.Unit != "percent" || value.Unit == "percent")
            return target.Unit == value.Unit ? value.Value : null;
        if (value.Comparisons.RatePercent is { } rate)
            return rate;
        return value.Comparisons.OutOf is { } whole and > 0 ? Computation.Percent(value.Value, whole) : null;
    }

    private static void ComparisonYear(IndicatorValue value, List<Finding> findings)
    {
        if (value.Comparisons.Change is not { } change || change.ComparedToYear == value.Period.Year - 1)
            return;
        findings.Add(Found(FindingKind.ComparisonWithOtherThanPreviousYear, value,
            $"'{value.Code}' is a figure of {value.Period.Year} compared with {change.ComparedToYear}; a year-on-year change compares with {value.Period.Year - 1}.",
            [new("figure year", value.Period.Year), new("compared with year", change.ComparedToYear)]));
    }

    private static void ChangeAgainstPreviousYear(IndicatorValue value, Report? previousYear, List<Finding> findings)
    {
        if (value.Comparisons.Change is not { } change || previousYear is null || change.ComparedToYear != previousYear.Key.Year)
            return;
        var previous = previousYear.Indicators.FirstOrDefault(candidate => candidate.Code == value.Code);
        if (previous is null || ComputedChange.Between(value, previous) is not { } computed || computed.Agrees(change) is not false)
            return;
        var amount = computed.In(change.Unit)!.Value;
        findings.Add(Found(FindingKind.ChangeDisagreesWithPreviousYear, value,
            $"'{value.Code}' states a change of {change.Amount}{(change.Unit == ChangeUnit.Percent ? " %" : "")} on {change.ComparedToYear}, but the stored {change.ComparedToYear} figure {previous.Value} gives {Round(amount)}{(change.Unit == ChangeUnit.Percent ? " %" : "")}.",
            [new("stated change", change.Amount), new("previous figure", previous.Value), new("computed change", Round(amount))]));
    }

    private static void ShareOfPlan(IndicatorValue value, List<Finding> findings)
    {
        if (value.Comparisons.ShareOfPlan is not { } share || value.PlanValue is not { } plan
            || Computation.Percent(value.Value, plan) is not { } computed)
            return;
        if (!StatedRounding.Agrees(share.Percent, computed))
            findings.Add(Found(FindingKind.ShareOfPlanDisagreesWithPlan, value,
                $"'{value.Code}' states {share.Percent} % of plan, but {value.Value} of the plan figure {plan} is {Round(computed)} %.",
                [new("stated share", share.Percent), new("plan", plan), new("computed share", Round(computed))]));
    }

    private static void FarFromItsSource(IndicatorValue value, List<Finding> findings)
    {
        if (value.Source?.StatedBaseValue is not { } stated || value.BaseValue is not { } now
            || !Editing.ImplausibleChanges.AreFarApart(now, stated))
            return;
        findings.Add(Found(FindingKind.FarFromItsSource, value,
            $"'{value.Code}' is {now} in its unit, but the sentence it comes from states {stated}: {Editing.ImplausibleChanges.Factor} times or more apart.",
            [new("value", now), new("stated value", stated)]));
    }

    private static void FarFromPreviousYear(IndicatorValue value, Report? previousYear, List<Finding> findings)
    {
        if (previousYear?.Indicators.FirstOrDefault(candidate => candidate.Code == value.Code) is not { } previous
            || value.BaseValue is not { } now
            || previous.BaseValue is not { } before
            || !Editing.ImplausibleChanges.AreFarApart(now, before))
            return;
        findings.Add(Found(FindingKind.FarFromPreviousYear, value,
            $"'{value.Code}' is {now} in its unit, but {before} in {previousYear.Key.Year}: {Editing.ImplausibleChanges.Factor} times or more apart.",
            [new("value", now), new("previous figure", before)]));
    }

    private static void BeyondRange(IndicatorValue value, List<Finding> findings)
    {
        var beyond = NumbersBeyondRange.Of(value);
        if (beyond.Count == 0)
            return;
        findings.Add(Found(FindingKind.ValueBeyondRange, value,
            $"'{value.Code}' cannot be computed: {string.Join(", ", beyond)} is beyond the largest number a decimal holds (about 7.9 × 10^28). It is served as written, but left out of sums, orders and changes; correct the figure.",
            [new("value", value.Value), new("multiplier", value.Multiplier)]));
    }

    private static decimal Round(decimal value) => StatedRounding.Round(value);

    private static string Id(FindingKind kind, string subject) => $"{kind}:{subject}";

    private static Finding Found(FindingKind kind, IndicatorValue value, string message, IReadOnlyList<NamedFigure> figures) =>
        new(Id(kind, value.Code), kind, value.Code, message, figures, value.Source);
}
