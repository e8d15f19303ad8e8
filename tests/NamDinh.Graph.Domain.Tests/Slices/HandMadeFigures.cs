using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>Sector-year aggregates made by hand, one figure per province, for summaries of cases the synthetic set lacks.</summary>
internal static class HandMadeFigures
{
    public const int Year = 2022;

    public static IndicatorSummary Summary(string code, params (string Province, decimal Value, decimal Multiplier)[] figures)
    {
        var definition = SyntheticSlices.Catalog.Find(code)!;
        var key = new SectorYear(definition.Sector, Year);
        var aggregate = new ProvinceAggregate<IndicatorValue>([.. figures.Select(figure =>
            new ProvinceContribution<IndicatorValue>(figure.Province, 1, true, [Synthetic.Figure(code, figure.Value, definition.Unit, multiplier: figure.Multiplier, year: Year)]))]);
        return SectorSummary.Of(key, aggregate, SyntheticSlices.Catalog, new HashSet<string> { code }).Indicators.Single();
    }

    public static IReadOnlyList<(string Province, int Rank)> Ranks(IndicatorSummary summary) =>
        [.. summary.Ranks.Select(rank => (rank.Figure.Report.ProvinceCode, rank.Rank))];
}
