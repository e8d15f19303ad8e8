using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Editing;

/// <summary>
/// The facts of one figure a change gives: each non-null field replaces what is stored, each field named in
/// <paramref name="Cleared"/> is cleared, and every other field keeps what the report says. A figure the report
/// does not hold yet needs its value; the rest then takes the defaults of a new figure (the catalog's unit,
/// multiplier 1, final, exact, the whole year).
/// </summary>
public sealed record FigurePatch(
    string Code,
    decimal? Value = null,
    string? Unit = null,
    decimal? Multiplier = null,
    string? ValueAsWritten = null,
    ValueStatus? Status = null,
    Qualifier? Qualifier = null,
    string? QualifierAsWritten = null,
    ReportPeriod? Period = null,
    ComparisonsPatch? Comparisons = null,
    SourceReference? Source = null,
    decimal? PlanValue = null,
    IReadOnlyList<string>? Cleared = null)
{
    /// <summary>The fields a figure may lose; the others it always has.</summary>
    public static readonly IReadOnlyList<string> Clearable = ["qualifierAsWritten", "period", "comparisons", "source", "planValue"];

    /// <summary>
    /// The figure after the patch. A new value keeps the figure's other stated facts and its source, which is then
    /// marked as stating the value it stated before (<see cref="SourceReference.StatedBaseValue"/>).
    /// </summary>
    public IndicatorValue ApplyTo(IndicatorValue? stored, int year)
    {
        Editing.Cleared.RefuseUnclearable(Cleared, Clearable, "figure");
        if (stored is null)
            return New(year);
        var value = Value ?? stored.Value;
        var multiplier = Multiplier ?? stored.Multiplier;
        var source = Source is not null ? Source with { StatedBaseValue = null }
            : Editing.Cleared.Has(Cleared, "source") ? null
            : SourceAfter(stored, value, multiplier);
        return new IndicatorValue(
            Code,
            value,
            Unit ?? stored.Unit,
            multiplier,
            ValueAsWritten ?? stored.ValueAsWritten,
            Status ?? stored.Status,
            Qualifier ?? stored.Qualifier,
            Editing.Cleared.Pick(Cleared, "qualifierAsWritten", QualifierAsWritten, stored.QualifierAsWritten),
            Period ?? (Editing.Cleared.Has(Cleared, "period") ? ReportPeriod.WholeYear(year) : stored.Period),
            Comparisons?.ApplyTo(stored.Comparisons) ?? (Editing.Cleared.Has(Cleared, "comparisons") ? StatedComparisons.None : stored.Comparisons),
            source,
            Editing.Cleared.PickValue(Cleared, "planValue", PlanValue, stored.PlanValue));
    }

    private IndicatorValue New(int year)
    {
        var value = Value ?? throw new EditRefusedException("value", $"The report has no figure '{Code}' yet: a new figure needs its value.");
        return new IndicatorValue(
            Code,
            value,
            Unit ?? Catalog.IndicatorCatalog.Default.Find(Code)?.Unit ?? "",
            Multiplier ?? 1,
            ValueAsWritten ?? Serialization.ExactDecimals.Text(value),
            Status ?? ValueStatus.Final,
            Qualifier ?? Reports.Qualifier.Exact,
            QualifierAsWritten,
            Period ?? ReportPeriod.WholeYear(year),
            Comparisons?.ApplyTo(StatedComparisons.None) ?? StatedComparisons.None,
            Source,
            PlanValue);
    }

    /// <summary>
    /// The stored source, still where the figure came from: when the value changes, marked with the value it states
    /// (unless it was marked already), and unmarked again when the value comes back to what it states.
    /// </summary>
    private static SourceReference? SourceAfter(IndicatorValue stored, decimal value, decimal multiplier)
    {
        if (stored.Source is not { } source || (value == stored.Value && multiplier == stored.Multiplier))
            return stored.Source;
        var stated = source.StatedBaseValue ?? stored.BaseValue;
        return source with { StatedBaseValue = IndicatorValue.BaseValueOf(value, multiplier) == stated ? null : stated };
    }
}
