using NamDinh.Graph.Cli.Reports;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Cli.Indicators;

/// <summary>
/// What one CSV row does to a report's figure: <see cref="Current"/> is the figure now (null for a new one),
/// <see cref="New"/> the figure the row sets (null when the row changes nothing).
/// <para>
/// A row changes the number, multiplier, unit, status, qualifier and period it gives; the rest of the figure
/// stays. When the number itself changes (value, multiplier or period), the words of the source that stated the
/// old number (its value as written, source sentence and stated comparisons) no longer describe it and are
/// dropped; its plan figure stays, in the new multiplier.
/// </para>
/// </summary>
public sealed record FigureChange(IndicatorRow Row, IndicatorValue? Current, IndicatorValue? New)
{
    public bool Unchanged => New is null;

    /// <summary>Whether the change drops the source's words about the old number.</summary>
    public bool DropsStatedWords =>
        Current is { } current && New is { } changed && changed.Source is null &&
        (current.Source is not null || current.Comparisons != StatedComparisons.None);

    public static FigureChange Plan(IndicatorRow row, Report report, IndicatorCatalog catalog)
    {
        var current = report.Indicators.FirstOrDefault(value => value.Code == row.Code);
        var multiplier = row.Multiplier ?? current?.Multiplier ?? 1m;
        var unit = row.Unit ?? current?.Unit ?? catalog.Find(row.Code)?.Unit ?? "";
        var status = row.Status ?? current?.Status ?? ValueStatus.Final;
        var qualifier = row.Qualifier ?? current?.Qualifier ?? Qualifier.Exact;
        var periodNow = current?.Period ?? ReportPeriod.WholeYear(report.Key.Year);
        var period = new ReportPeriod(row.PeriodYear ?? periodNow.Year, row.FromMonth ?? periodNow.FromMonth, row.ToMonth ?? periodNow.ToMonth);

        if (current is null)
            return new FigureChange(row, null, NewFigure(row, unit, multiplier, status, qualifier, period, planValue: null));

        var sameNumber = current.Value == row.Value && current.Multiplier == multiplier && current.Unit == unit && current.Period == period;
        if (sameNumber && current.Status == status && current.Qualifier == qualifier)
            return new FigureChange(row, current, null);
        if (sameNumber)
            return new FigureChange(row, current, current with
            {
                Status = status,
                Qualifier = qualifier,
                QualifierAsWritten = qualifier == current.Qualifier ? current.QualifierAsWritten : null,
            });
        var planValue = current.PlanValue is { } plan ? ExactDecimal.Normalize(plan * current.Multiplier / multiplier) : (decimal?)null;
        return new FigureChange(row, current, NewFigure(row, unit, multiplier, status, qualifier, period, planValue));
    }

    private static IndicatorValue NewFigure(IndicatorRow row, string unit, decimal multiplier, ValueStatus status, Qualifier qualifier, ReportPeriod period, decimal? planValue) =>
        new(row.Code, row.Value, unit, multiplier, ExactDecimal.Format(row.Value), status, qualifier, null, period, StatedComparisons.None, null, planValue);
}
