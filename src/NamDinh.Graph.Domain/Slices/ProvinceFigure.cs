using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Slices;

/// <summary>One figure of one province's report, as slices across provinces and years carry it (without its source sentence).</summary>
public sealed record ProvinceFigure(ReportKey Report, long ReportVersion, bool Synthetic, IndicatorValue Figure)
{
    /// <summary>The figures a sector-year aggregate holds, province by province.</summary>
    public static IEnumerable<ProvinceFigure> In(int year, ProvinceAggregate<IndicatorValue> aggregate) =>
        aggregate.Contributions.SelectMany(contribution => contribution.Items.Select(figure =>
            new ProvinceFigure(new ReportKey(contribution.ProvinceCode, year), contribution.ReportVersion, contribution.Synthetic, figure)));
}
