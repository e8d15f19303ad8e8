using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Slices;

/// <summary>A sector in a year across provinces: how many provinces state figures of it, and each of its indicators summarised.</summary>
public sealed record SectorSummary(SectorYear Key, int ReportingProvinces, IReadOnlyList<IndicatorSummary> Indicators)
{
    /// <summary>
    /// Summarises the figures a sector-year aggregate holds, for each indicator the catalog has in the sector (or
    /// only <paramref name="codes"/>), in catalog order.
    /// </summary>
    public static SectorSummary Of(SectorYear key, ProvinceAggregate<IndicatorValue> aggregate, IndicatorCatalog catalog, IReadOnlySet<string>? codes = null)
    {
        var figures = ProvinceFigure.In(key.Year, aggregate).ToLookup(figure => figure.Figure.Code, StringComparer.Ordinal);
        var indicators = catalog.Indicators
            .Where(definition => definition.Sector == key.Sector && (codes is null || codes.Contains(definition.Code)))
            .Select(definition => IndicatorSummary.Of(definition, [.. figures[definition.Code]]))
            .ToList();
        return new SectorSummary(key, aggregate.Contributions.Count(contribution => contribution.Items.Count > 0), indicators);
    }
}

/// <summary>
/// One indicator across the provinces that state it: their number, and the sum (null for a percentage, where a sum
/// means nothing), mean, median, minimum and maximum, all in <see cref="Multiplier"/> (the multiplier most provinces
/// write the figure in), with the provinces that hold the extremes, and each province's rank. With no province
/// stating it, the count is 0 and the rest null or empty. A figure beyond what a decimal holds (stored before
/// validation refused it; its report has a VALUE_BEYOND_RANGE finding) is left out of all of these, and a sum
/// or mean that would be beyond a decimal is null.
/// </summary>
public sealed record IndicatorSummary(
    IndicatorDefinition Definition,
    decimal Multiplier,
    int Count,
    decimal? Sum,
    decimal? Mean,
    decimal? Median,
    SummaryExtreme? Minimum,
    SummaryExtreme? Maximum,
    IReadOnlyList<ProvinceRank> Ranks)
{
    /// <summary>Means and medians are shown to this many decimal places.</summary>
    public const int Digits = 4;

    public static IndicatorSummary Of(IndicatorDefinition definition, IReadOnlyList<ProvinceFigure> figures)
    {
        var multiplier = figures.Count == 0 ? 1m : figures
            .GroupBy(figure => figure.Figure.Multiplier)
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key)
            .First().Key;
        var values = figures
            .Where(figure => figure.Figure.BaseValue is not null)
            .Select(figure => (Figure: figure, Value: Serialization.ExactDecimals.Normalize(figure.Figure.BaseValue!.Value / multiplier)))
            .ToList();
        if (values.Count == 0)
            return new IndicatorSummary(definition, multiplier, 0, null, null, null, null, null, []);
        var sorted = values.Select(entry => entry.Value).Order().ToList();
        var sum = Computation.OrNull(sorted.Sum);
        return new IndicatorSummary(
            definition,
            multiplier,
            values.Count,
            definition.Kind == IndicatorKind.Percentage ? null : sum,
            sum is { } total ? StatedRounding.Round(total / values.Count, Digits) : null,
            StatedRounding.Round(MiddleOf(sorted), Digits),
            Extreme(values, sorted[0]),
            Extreme(values, sorted[^1]),
            ProvinceRank.Of(values, BestFirst(definition)));
    }

    /// <summary>Rank 1 is the highest value, unless the catalog says a lower one is better.</summary>
    public static bool BestFirst(IndicatorDefinition definition) => definition.HigherIsBetter is not false;

    // Halved before adding, so two values near the largest a decimal holds do not overflow.
    private static decimal MiddleOf(List<decimal> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : sorted[sorted.Count / 2 - 1] / 2 + sorted[sorted.Count / 2] / 2;

    private static SummaryExtreme Extreme(IEnumerable<(ProvinceFigure Figure, decimal Value)> values, decimal extreme) =>
        new(extreme, [.. values.Where(entry => entry.Value == extreme).Select(entry => entry.Figure.Report.ProvinceCode).Order(StringComparer.Ordinal)]);
}

/// <summary>The least or greatest value of an indicator across provinces, and every province that holds it.</summary>
public sealed record SummaryExtreme(decimal Value, IReadOnlyList<string> ProvinceCodes);

/// <summary>
/// A province's place among the provinces stating an indicator, in standard competition ranking: provinces with
/// equal values share a rank, and the next rank skips as many places (1, 2, 2, 4).
/// </summary>
public sealed record ProvinceRank(int Rank, decimal Value, ProvinceFigure Figure)
{
    public static IReadOnlyList<ProvinceRank> Of(IReadOnlyList<(ProvinceFigure Figure, decimal Value)> values, bool highestFirst)
    {
        var ordered = (highestFirst ? values.OrderByDescending(entry => entry.Value) : values.OrderBy(entry => entry.Value))
            .ThenBy(entry => entry.Figure.Report.ProvinceCode, StringComparer.Ordinal)
            .ToList();
        var ranks = new List<ProvinceRank>(ordered.Count);
        for (var index = 0; index < ordered.Count; index++)
        {
            var rank = index > 0 && ordered[index].Value == ordered[index - 1].Value ? ranks[index - 1].Rank : index + 1;
            ranks.Add(new ProvinceRank(rank, ordered[index].Value, ordered[index].Figure));
        }
        return ranks;
    }
}
