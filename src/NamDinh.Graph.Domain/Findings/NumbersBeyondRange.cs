using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Findings;

/// <summary>
/// The numbers of a figure that cannot be computed because they are beyond what a decimal holds. Validation
/// refuses such figures; one stored before it did is served, and these name what is wrong with it.
/// </summary>
public static class NumbersBeyondRange
{
    public static IReadOnlyList<string> Of(IndicatorValue value)
    {
        var beyond = new List<string>();
        if (value.BaseValue is null)
            beyond.Add("baseValue (value × multiplier)");
        if (value.PlanValue is not null && value.PlanBaseValue is null)
            beyond.Add("planValue × multiplier");
        if (value.Comparisons.ShareOfPlan is not null && value.PlanValue is { } plan and not 0 && Computation.Percent(value.Value, plan) is null)
            beyond.Add("value of planValue in percent");
        if (value.Comparisons.OutOf is { } whole and not 0 && Computation.Percent(value.Value, whole) is null)
            beyond.Add("value of outOf in percent");
        if (value.Comparisons.Target is { } target && target.Unit == value.Unit && IndicatorValue.BaseValueOf(target.Value, value.Multiplier) is null)
            beyond.Add("target × multiplier");
        return beyond;
    }
}
