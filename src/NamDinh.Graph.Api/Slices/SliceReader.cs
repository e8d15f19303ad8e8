using NamDinh.Graph.Api.Loading;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Api.Slices;

/// <summary>
/// Answers slices across provinces and years from the aggregate grains, never from every report: each sector-year
/// and year of rankings is read once per request through the request's loaders.
/// </summary>
public sealed class SliceReader(GrainLoaders loaders, CancellationToken cancellationToken)
{
    private static IndicatorCatalog Catalog => IndicatorCatalog.Default;

    /// <summary>The figures <paramref name="filter"/> takes, from the sector-years it can cover among the years reports are held for.</summary>
    public async Task<IReadOnlyList<ProvinceFigure>> FiguresAsync(FigureFilter filter)
    {
        var years = (await loaders.CatalogAsync())
            .Where(key => filter.ProvinceCodes is null || filter.ProvinceCodes.Contains(key.ProvinceCode))
            .Select(key => key.Year).Distinct().Where(filter.CoversYear);
        var sectors = ReportContributions.SectorsWithIndicators(Catalog).Where(sector => filter.CoversSector(sector, Catalog));
        var keys = years.SelectMany(year => sectors.Select(sector => new SectorYear(sector, year))).ToList();
        var aggregates = await loaders.SectorFigures.LoadManyAsync(keys, cancellationToken);
        return [.. keys.Zip(aggregates).SelectMany(pair => ProvinceFigure.In(pair.First.Year, pair.Second)).Where(filter.Covers)];
    }

    public async Task<SectorSummary> SummaryAsync(SectorYear key, IReadOnlySet<string>? codes) =>
        SectorSummary.Of(key, await loaders.SectorFigures.LoadAsync(key, cancellationToken), Catalog, codes);

    /// <summary>
    /// The province's figure of <paramref name="definition"/> in each year it has a report for within the years asked;
    /// the year before the first is read too, so that the first point's change is computed like any other.
    /// </summary>
    public async Task<IReadOnlyList<SeriesPoint>> SeriesAsync(string provinceCode, IndicatorDefinition definition, int? fromYear, int? toYear)
    {
        var years = (await loaders.CatalogAsync())
            .Where(key => key.ProvinceCode == provinceCode && (fromYear is null || key.Year >= fromYear - 1) && (toYear is null || key.Year <= toYear))
            .Select(key => key.Year)
            .ToList();
        var aggregates = await loaders.SectorFigures.LoadManyAsync(years.Select(year => new SectorYear(definition.Sector, year)), cancellationToken);
        var figures = years.Zip(aggregates).ToDictionary(
            pair => pair.First,
            pair => ProvinceFigure.In(pair.First, pair.Second).FirstOrDefault(figure => figure.Report.ProvinceCode == provinceCode && figure.Figure.Code == definition.Code));
        return [.. SeriesPoint.Series(figures).Where(point => fromYear is null || point.Year >= fromYear)];
    }

    public async Task<IReadOnlyList<ComparisonRow>> CompareAsync(IReadOnlyList<string> provinceCodes, int year, IReadOnlyList<IndicatorDefinition> indicators)
    {
        var keys = indicators.Select(definition => new SectorYear(definition.Sector, year)).Distinct();
        var aggregates = await loaders.SectorFigures.LoadManyAsync(keys, cancellationToken);
        return ComparisonRow.Of(provinceCodes, year, [.. indicators.Select(definition => definition.Code)], aggregates.SelectMany(aggregate => ProvinceFigure.In(year, aggregate)));
    }

    public async Task<IReadOnlyList<RankingTable>> RankingTablesAsync(int year) =>
        RankingTable.Of(year, await loaders.YearRankings.LoadAsync(year, cancellationToken), Catalog, ProvinceDirectory.Default);
}
