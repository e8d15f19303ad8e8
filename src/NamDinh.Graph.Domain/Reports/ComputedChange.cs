using NamDinh.Graph.Domain.Findings;

namespace NamDinh.Graph.Domain.Reports;

/// <summary>
/// The change of a figure on the same figure of an earlier year, computed from the two stored values:
/// in percent of the earlier one (null when that is zero) and in the later figure's own unit and multiplier.
/// </summary>
public sealed record ComputedChange(int FromYear, decimal? Percent, decimal Absolute)
{
    /// <summary>
    /// The change from <paramref name="earlier"/> to <paramref name="later"/>; null unless both cover the same
    /// months of their years ("so với cùng kỳ": only the same months compare), and null where either figure or
    /// the change is beyond what a decimal holds.
    /// </summary>
    public static ComputedChange? Between(IndicatorValue later, IndicatorValue earlier)
    {
        if (later.Code != earlier.Code || earlier.Period != later.Period with { Year = earlier.Period.Year }
            || later.BaseValue is not { } now || earlier.BaseValue is not { } before
            || Computation.OrNull(() => (now - before) / later.Multiplier) is not { } absolute)
            return null;
        var percent = Computation.OrNull(() => now - before) is { } difference ? Computation.Percent(difference, before) : null;
        return new ComputedChange(earlier.Period.Year, percent, absolute);
    }

    /// <summary>The computed change in the unit a stated change is written in; null for a percentage of zero.</summary>
    public decimal? In(ChangeUnit unit) => unit == ChangeUnit.Percent ? Percent : Absolute;

    /// <summary>
    /// Whether <paramref name="stated"/> is this change, rounded as it is written; null when they cannot be
    /// compared (another year, or a percentage of zero).
    /// </summary>
    public bool? Agrees(StatedChange stated) =>
        stated.ComparedToYear != FromYear || In(stated.Unit) is not { } computed
            ? null
            : stated.Unit == ChangeUnit.Absolute ? StatedRounding.AgreesAsWholeNumber(stated.Amount, computed) : StatedRounding.Agrees(stated.Amount, computed);
}
