namespace NamDinh.Graph.Domain.Reports;

/// <summary>
/// One figure of a report (an observation of an indicator): the number as written with its unit and
/// multiplier ("130 tỷ đồng" is 130 × 10^9 VND), how settled and how exact it is, the period it covers,
/// what the text compares it to, and the sentence it comes from (null for a figure a user entered without one).
/// <paramref name="PlanValue"/> is the year's plan figure in the same unit and multiplier, where one is known.
/// </summary>
public sealed record IndicatorValue(
    string Code,
    decimal Value,
    string Unit,
    decimal Multiplier,
    string ValueAsWritten,
    ValueStatus Status,
    Qualifier Qualifier,
    string? QualifierAsWritten,
    ReportPeriod Period,
    StatedComparisons Comparisons,
    SourceReference? Source,
    decimal? PlanValue = null)
{
    /// <summary>
    /// The value in the unit itself: <see cref="Value"/> × <see cref="Multiplier"/>; null for a figure stored before
    /// validation refused one beyond what a decimal holds.
    /// </summary>
    public decimal? BaseValue => BaseValueOf(Value, Multiplier);

    /// <summary>The plan figure in the unit itself, null where there is none or it is beyond what a decimal holds.</summary>
    public decimal? PlanBaseValue => PlanValue is { } plan ? BaseValueOf(plan, Multiplier) : null;

    /// <summary>Whether the source sentence states another value than the figure now has: the figure was changed since.</summary>
    public bool SourceStatesAnotherValue => Source?.StatedBaseValue is { } stated && stated != BaseValue;

    /// <summary><paramref name="value"/> × <paramref name="multiplier"/>, or null where that is beyond what a decimal holds.</summary>
    public static decimal? BaseValueOf(decimal value, decimal multiplier) => Computation.OrNull(() => value * multiplier);
}
