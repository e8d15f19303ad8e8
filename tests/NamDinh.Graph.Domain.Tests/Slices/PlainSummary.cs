using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// A summary of one indicator worked out plainly, without the code under test: the multiplier most figures are
/// written in, the values in it, and each statistic and rank computed from them one by one.
/// </summary>
internal static class PlainSummary
{
    /// <summary>Asserts that <paramref name="summary"/> is what <paramref name="figures"/> (one per province) come to.</summary>
    public static void AssertSummarises(IndicatorSummary summary, IndicatorDefinition definition, IReadOnlyList<ProvinceFigure> figures)
    {
        Assert.Equal(definition, summary.Definition);
        Assert.Equal(figures.Count, summary.Count);
        if (figures.Count == 0)
        {
            Assert.Null(summary.Sum);
            Assert.Null(summary.Mean);
            Assert.Null(summary.Median);
            Assert.Null(summary.Minimum);
            Assert.Null(summary.Maximum);
            Assert.Empty(summary.Ranks);
            return;
        }

        var mostUsed = figures.Max(figure => figures.Count(other => other.Figure.Multiplier == figure.Figure.Multiplier));
        var multiplier = figures.Where(figure => figures.Count(other => other.Figure.Multiplier == figure.Figure.Multiplier) == mostUsed)
            .Min(figure => figure.Figure.Multiplier);
        var values = figures.Select(figure => (Province: figure.Report.ProvinceCode, Value: figure.Figure.Value * figure.Figure.Multiplier / multiplier)).ToList();

        var sum = 0m;
        foreach (var (_, value) in values)
            sum += value;
        var sorted = values.Select(entry => entry.Value).OrderBy(value => value).ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        var (least, greatest) = (sorted[0], sorted[^1]);

        Assert.Equal(multiplier, summary.Multiplier);
        Assert.Equal(definition.Kind == IndicatorKind.Percentage ? null : (decimal?)sum, summary.Sum);
        Assert.Equal(Math.Round(sum / values.Count, 4, MidpointRounding.AwayFromZero), summary.Mean);
        Assert.Equal(Math.Round(median, 4, MidpointRounding.AwayFromZero), summary.Median);
        Assert.Equal(least, summary.Minimum!.Value);
        Assert.Equal(HoldersOf(values, least), summary.Minimum.ProvinceCodes);
        Assert.Equal(greatest, summary.Maximum!.Value);
        Assert.Equal(HoldersOf(values, greatest), summary.Maximum.ProvinceCodes);
        Assert.Equal(Ranks(values, lowerIsBetter: definition.HigherIsBetter == false), RanksOf(summary));
    }

    /// <summary>
    /// Standard competition ranking: one more than the number of provinces with a better value; listed best first,
    /// then by province code.
    /// </summary>
    public static IReadOnlyList<(string Province, int Rank, decimal Value)> Ranks(IReadOnlyList<(string Province, decimal Value)> values, bool lowerIsBetter) =>
        [.. values
            .Select(entry => (entry.Province, Rank: 1 + values.Count(other => lowerIsBetter ? other.Value < entry.Value : other.Value > entry.Value), entry.Value))
            .OrderBy(entry => entry.Rank).ThenBy(entry => entry.Province, StringComparer.Ordinal)];

    public static IReadOnlyList<(string Province, int Rank, decimal Value)> RanksOf(IndicatorSummary summary) =>
        [.. summary.Ranks.Select(rank => (rank.Figure.Report.ProvinceCode, rank.Rank, rank.Value))];

    /// <summary>Everything a summary says, written out, to tell whether two summaries are the same.</summary>
    public static string Describe(SectorSummary summary) =>
        string.Join('\n', summary.Indicators.Select(indicator =>
            $"{indicator.Definition.Code} x{indicator.Multiplier} n={indicator.Count} sum={indicator.Sum} mean={indicator.Mean} median={indicator.Median}"
            + $" min={indicator.Minimum?.Value}@{string.Join(',', indicator.Minimum?.ProvinceCodes ?? [])}"
            + $" max={indicator.Maximum?.Value}@{string.Join(',', indicator.Maximum?.ProvinceCodes ?? [])}"
            + $" ranks={string.Join(',', indicator.Ranks.Select(rank => $"{rank.Figure.Report.ProvinceCode}:{rank.Rank}:{rank.Value}:v{rank.Figure.ReportVersion}"))}")
            .Prepend($"{summary.Key} reporting={summary.ReportingProvinces}"));

    private static IReadOnlyList<string> HoldersOf(IEnumerable<(string Province, decimal Value)> values, decimal value) =>
        [.. values.Where(entry => entry.Value == value).Select(entry => entry.Province).OrderBy(code => code, StringComparer.Ordinal)];
}
