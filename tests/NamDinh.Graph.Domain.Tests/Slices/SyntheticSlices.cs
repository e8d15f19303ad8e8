using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// The aggregates the grains would hold for the synthetic set, built once: each report's figures taken into its
/// sector-year aggregate, and its rankings into its year's, as the report grains send them.
/// </summary>
internal static class SyntheticSlices
{
    public static IndicatorCatalog Catalog => IndicatorCatalog.Default;

    public static IReadOnlyDictionary<SectorYear, ProvinceAggregate<IndicatorValue>> SectorYears { get; } =
        SyntheticSet.Reports
            .SelectMany(report => ReportContributions.FiguresBySector(report, Catalog).Select(entry => (Key: new SectorYear(entry.Key, report.Key.Year), Contribution: entry.Value)))
            .GroupBy(entry => entry.Key)
            .ToDictionary(group => group.Key, group => group.Aggregate(new ProvinceAggregate<IndicatorValue>([]), (aggregate, entry) => aggregate.With(entry.Contribution).Aggregate));

    /// <summary>Every figure the sector-year aggregates hold.</summary>
    public static IReadOnlyList<ProvinceFigure> Figures { get; } =
        [.. SectorYears.SelectMany(entry => ProvinceFigure.In(entry.Key.Year, entry.Value))];

    /// <summary>The rankings aggregate of <paramref name="year"/>.</summary>
    public static ProvinceAggregate<Ranking> Rankings(int year) =>
        SyntheticSet.Reports.Where(report => report.Key.Year == year)
            .Aggregate(new ProvinceAggregate<Ranking>([]), (aggregate, report) => aggregate.With(ReportContributions.Rankings(report)).Aggregate);

    /// <summary>
    /// The figures <paramref name="filter"/> takes, as the API reads them: from the sector-year aggregates the filter
    /// can cover, then figure by figure.
    /// </summary>
    public static IReadOnlyList<ProvinceFigure> Slice(FigureFilter filter) =>
        [.. SectorYears
            .Where(entry => filter.CoversYear(entry.Key.Year) && filter.CoversSector(entry.Key.Sector, Catalog))
            .SelectMany(entry => ProvinceFigure.In(entry.Key.Year, entry.Value))
            .Where(filter.Covers)];

    /// <summary>A report's figure as a slice carries it: without its source sentence.</summary>
    public static ProvinceFigure FigureOf(Report report, IndicatorValue value) =>
        new(report.Key, report.Version, report.Synthetic, value with { Source = null });

    /// <summary>Names a figure: province, year and indicator code.</summary>
    public static string Id(ProvinceFigure figure) => $"{figure.Report.ProvinceCode}/{figure.Report.Year}/{figure.Figure.Code}";

    /// <summary>The figures in a stable order for comparing two sets of them.</summary>
    public static IReadOnlyList<ProvinceFigure> Sorted(IEnumerable<ProvinceFigure> figures) =>
        [.. figures.OrderBy(Id, StringComparer.Ordinal)];
}
