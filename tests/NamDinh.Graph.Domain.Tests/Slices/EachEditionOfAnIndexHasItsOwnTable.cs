namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// Reports of one year may name different editions of an index: each edition is a table of its own (the unnamed one
/// first), and one place held in two editions is no place claimed twice.
/// </summary>
public sealed class EachEditionOfAnIndexHasItsOwnTable
{
    private const int Year = 2022;

    [Fact]
    public void ProvincesNamingAnEditionAreInItsTable()
    {
        var tables = Rankings.TablesWith(Year, "ict-index",
            ("01", ranking => ranking with { EditionYear = 2021 }), ("36", ranking => ranking with { EditionYear = 2021 }), ("79", ranking => ranking with { EditionYear = 2020 }));

        var ict = tables.Where(table => table.Index.Code == "ict-index").ToList();
        Assert.Equal([null, 2020, 2021], ict.Select(table => table.EditionYear));
        Assert.Equal(60, ict[0].Entries.Count);
        Assert.Equal(["79"], ict[1].Entries.Select(entry => entry.Report.ProvinceCode));
        Assert.Equal(["01", "36"], ict[2].Entries.Select(entry => entry.Report.ProvinceCode).Order(StringComparer.Ordinal));
        Assert.Equal(SyntheticSlices.Catalog.RankingIndexes.Count + 2, tables.Count);
        Assert.Empty(tables.SelectMany(table => table.Findings));
    }

    [Fact]
    public void OnePlaceInTwoEditionsIsNoFinding()
    {
        var place = Rankings.PositionOf(Year, "36", "ict-index");

        var tables = Rankings.TablesWith(Year, "ict-index", ("01", ranking => ranking with { Position = place, EditionYear = 2021 }));

        Assert.Empty(tables.SelectMany(table => table.Findings));
        Assert.Equal(2, tables.Count(table => table.Index.Code == "ict-index"));
    }

    [Fact]
    public void OnePlaceClaimedTwiceInOneEditionIsAFindingOfThatEdition()
    {
        var place = Rankings.PositionOf(Year, "36", "ict-index");

        var tables = Rankings.TablesWith(Year, "ict-index",
            ("01", ranking => ranking with { Position = place, EditionYear = 2021 }), ("36", ranking => ranking with { EditionYear = 2021 }));

        var finding = Assert.Single(tables.SelectMany(table => table.Findings));
        Assert.Same(finding, Assert.Single(tables.Single(table => table.Index.Code == "ict-index" && table.EditionYear == 2021).Findings));
        Assert.Contains("2021 edition", finding.Message);
    }
}
