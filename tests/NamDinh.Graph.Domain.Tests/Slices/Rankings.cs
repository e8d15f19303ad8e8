using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>Ranking tables of the synthetic set, with some provinces' rankings of a year changed by hand.</summary>
internal static class Rankings
{
    public static IReadOnlyList<RankingTable> Tables(int year) =>
        RankingTable.Of(year, SyntheticSlices.Rankings(year), SyntheticSlices.Catalog, ProvinceDirectory.Default);

    /// <summary>
    /// The tables of <paramref name="year"/> after each province named sends a later version of its report with its
    /// ranking in <paramref name="index"/> changed.
    /// </summary>
    public static IReadOnlyList<RankingTable> TablesWith(int year, string index, params (string Province, Func<Ranking, Ranking> Change)[] changes)
    {
        var aggregate = SyntheticSlices.Rankings(year);
        foreach (var (province, change) in changes)
        {
            var held = aggregate.Of(province)!;
            var contribution = held with
            {
                ReportVersion = held.ReportVersion + 1,
                Items = [.. held.Items.Select(ranking => ranking.Index == index ? change(ranking) : ranking)],
            };
            (aggregate, var outcome) = aggregate.With(contribution);
            Assert.Equal(ContributionOutcome.ContentChanged, outcome);
        }
        return RankingTable.Of(year, aggregate, SyntheticSlices.Catalog, ProvinceDirectory.Default);
    }

    public static int PositionOf(int year, string province, string index) =>
        SyntheticSet.ByKey[new ReportKey(province, year)].Rankings.Single(ranking => ranking.Index == index).Position;
}
