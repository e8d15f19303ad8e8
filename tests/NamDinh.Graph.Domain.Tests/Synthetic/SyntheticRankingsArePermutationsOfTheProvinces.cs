namespace NamDinh.Graph.Domain.Tests;

public sealed class SyntheticRankingsArePermutationsOfTheProvinces
{
    [Fact]
    public void EachIndexAndYearPlacesTheSixtyThreeProvincesOnceEach()
    {
        var tables = SyntheticSet.Reports
            .SelectMany(report => report.Rankings.Select(ranking => (report.Key.Year, ranking)))
            .GroupBy(entry => (entry.ranking.Index, entry.Year))
            .ToList();

        Assert.Equal(TheSeed.Catalog.RankingIndexes.Count * 5, tables.Count);
        Assert.All(tables, table =>
        {
            Assert.Equal(Enumerable.Range(1, 63), table.Select(entry => entry.ranking.Position).Order());
            Assert.All(table, entry => Assert.Equal(63, entry.ranking.Total));
        });
    }
}
