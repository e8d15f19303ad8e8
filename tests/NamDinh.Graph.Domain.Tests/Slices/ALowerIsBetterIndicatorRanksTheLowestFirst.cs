namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// Rank 1 goes to the highest value, unless the catalog says a lower one is better (prolonged complaints): then to the
/// lowest. Where the catalog says neither, the highest comes first.
/// </summary>
public sealed class ALowerIsBetterIndicatorRanksTheLowestFirst
{
    [Fact]
    public void TheCatalogHasALowerIsBetterIndicator() =>
        Assert.False(SyntheticSlices.Catalog.Find("inspection.prolonged-complaints")!.HigherIsBetter);

    [Fact]
    public void FewestProlongedComplaintsRankFirst()
    {
        var summary = HandMadeFigures.Summary("inspection.prolonged-complaints", ("01", 3m, 1m), ("02", 1m, 1m), ("04", 7m, 1m), ("06", 1m, 1m), ("08", 0m, 1m));

        Assert.Equal([("08", 1), ("02", 2), ("06", 2), ("01", 4), ("04", 5)], HandMadeFigures.Ranks(summary));
    }

    [Fact]
    public void NeitherBetterRanksTheHighestFirst()
    {
        Assert.Null(SyntheticSlices.Catalog.Find("inspection.petitions")!.HigherIsBetter);

        var summary = HandMadeFigures.Summary("inspection.petitions", ("01", 3m, 1m), ("02", 1m, 1m), ("04", 7m, 1m));

        Assert.Equal([("04", 1), ("01", 2), ("02", 3)], HandMadeFigures.Ranks(summary));
    }
}
