using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Aggregates;

/// <summary>
/// What a report contributes to the aggregates across provinces: its figures sector by sector, and its rankings.
/// Source sentences stay in the report: an aggregate holds 63 provinces' figures and must stay small.
/// </summary>
public static class ReportContributions
{
    /// <summary>The sectors that have indicators in the catalog: the sector-year aggregates there are for a year.</summary>
    public static IReadOnlyList<Sector> SectorsWithIndicators(IndicatorCatalog catalog) =>
        [.. catalog.Indicators.Select(definition => definition.Sector).Distinct().Order()];

    /// <summary>
    /// The report's figures of each sector the catalog has indicators in, one contribution per sector, empty where
    /// the report states none (so that a figure moved out of a sector leaves its aggregate too).
    /// </summary>
    public static IReadOnlyDictionary<Sector, ProvinceContribution<IndicatorValue>> FiguresBySector(Report report, IndicatorCatalog catalog) =>
        SectorsWithIndicators(catalog).ToDictionary(
            sector => sector,
            sector => Contribution(report, [.. report.Indicators
                .Where(value => catalog.Find(value.Code)?.Sector == sector)
                .Select(value => value with { Source = null })]));

    public static ProvinceContribution<Ranking> Rankings(Report report) =>
        Contribution(report, [.. report.Rankings.Select(ranking => ranking with { Source = null })]);

    private static ProvinceContribution<T> Contribution<T>(Report report, IReadOnlyList<T> items) =>
        new(report.Key.ProvinceCode, report.Version, report.Synthetic, items);
}
