using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Editing;

/// <summary>
/// The comparisons of a figure a change gives: each given part replaces the stored one, each part named in
/// <paramref name="Cleared"/> ("change", "shareOfPlan", "ratePercent", "outOf", "target") goes, the rest stay.
/// </summary>
public sealed record ComparisonsPatch(
    StatedChange? Change = null,
    StatedPlanShare? ShareOfPlan = null,
    decimal? RatePercent = null,
    decimal? OutOf = null,
    StatedTarget? Target = null,
    IReadOnlyList<string>? Cleared = null)
{
    public static readonly IReadOnlyList<string> Clearable = ["change", "shareOfPlan", "ratePercent", "outOf", "target"];

    public StatedComparisons ApplyTo(StatedComparisons stored) => new(
        Editing.Cleared.Pick(Cleared, "change", Change, stored.Change),
        Editing.Cleared.Pick(Cleared, "shareOfPlan", ShareOfPlan, stored.ShareOfPlan),
        Editing.Cleared.PickValue(Cleared, "ratePercent", RatePercent, stored.RatePercent),
        Editing.Cleared.PickValue(Cleared, "outOf", OutOf, stored.OutOf),
        Editing.Cleared.Pick(Cleared, "target", Target, stored.Target));
}
