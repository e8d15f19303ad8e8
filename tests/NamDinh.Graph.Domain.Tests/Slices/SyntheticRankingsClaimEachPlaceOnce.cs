namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// The synthetic reports of a year give each index's places 1 to 63 to one province each: one table per index, in
/// catalog order, best place first, and no finding.
/// </summary>
public sealed class SyntheticRankingsClaimEachPlaceOnce
{
    [Theory]
    [InlineData(2019)]
    [InlineData(2021)]
    [InlineData(2023)]
    public void EachIndexIsOneTableOfEveryPlaceOnce(int year)
    {
        var tables = Rankings.Tables(year);

        Assert.Equal(SyntheticSlices.Catalog.RankingIndexes, tables.Select(table => table.Index));
        Assert.All(tables, table =>
        {
            Assert.Equal((year, (int?)null), (table.Year, table.EditionYear));
            Assert.Equal(Enumerable.Range(1, 63), table.Entries.Select(entry => entry.Ranking.Position));
            Assert.Equal(63, table.Entries.Select(entry => entry.Report.ProvinceCode).Distinct().Count());
            Assert.All(table.Entries, entry => Assert.Equal(year, entry.Report.Year));
            Assert.Empty(table.Findings);
        });
    }

    [Fact]
    public void AnEntryIsTheRankingTheReportStates()
    {
        var entry = Rankings.Tables(2021).Single(table => table.Index.Code == "dti").Entries.Single(entry => entry.Report.ProvinceCode == "36");

        Assert.Equal(SyntheticSet.ByKey[entry.Report].Rankings.Single(ranking => ranking.Index == "dti") with { Source = null }, entry.Ranking);
        Assert.True(entry.Synthetic);
    }
}
