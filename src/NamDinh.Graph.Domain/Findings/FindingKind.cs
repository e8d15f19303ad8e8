namespace NamDinh.Graph.Domain.Findings;

/// <summary>The disagreements the findings engine looks for.</summary>
public enum FindingKind
{
    /// <summary>A stated rate that the figure's own "N of M" does not give, beyond rounding.</summary>
    RateDisagreesWithPartOfWhole,
    /// <summary>A target the text calls met, whose figure falls short of it.</summary>
    MetTargetNotReached,
    /// <summary>A rank outside 1 to its total.</summary>
    RankOutsideTotal,
    /// <summary>A stated change on the previous year that the stored previous-year figure does not give.</summary>
    ChangeDisagreesWithPreviousYear,
    /// <summary>A stated share of plan that the stored plan figure does not give.</summary>
    ShareOfPlanDisagreesWithPlan,
    /// <summary>A year-on-year comparison with a year other than the one before the figure's.</summary>
    ComparisonWithOtherThanPreviousYear,
    /// <summary>Two or more provinces claiming one place in an index edition that gives each place to one province.</summary>
    PlaceClaimedByMoreThanOne,
    /// <summary>A figure 100 times or more away from the value its source sentence states (it was changed since).</summary>
    FarFromItsSource,
    /// <summary>A figure 100 times or more away from the previous year's figure of its indicator.</summary>
    FarFromPreviousYear,
    /// <summary>
    /// A figure whose value × multiplier, plan or derived numbers are beyond what a decimal holds (stored before
    /// validation refused such figures): it is served, but left out of sums, changes and comparisons.
    /// </summary>
    ValueBeyondRange,
}
