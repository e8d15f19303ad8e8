namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// Ranks are standard competition ranking: provinces with equal values share a rank, listed by code, and the next
/// rank skips as many places as shared it (1, 2, 2, 4).
/// </summary>
public sealed class EqualValuesShareARankAndTheNextRankSkips
{
    [Fact]
    public void TwoEqualSecondsAreFollowedByAFourth()
    {
        var summary = HandMadeFigures.Summary("internet.subscribers.new", ("06", 10m, 1m), ("04", 20m, 1m), ("01", 30m, 1m), ("02", 20m, 1m));

        Assert.Equal([("01", 1), ("02", 2), ("04", 2), ("06", 4)], HandMadeFigures.Ranks(summary));
    }

    [Fact]
    public void ThreeEqualFirstsAreFollowedByAFourth()
    {
        var summary = HandMadeFigures.Summary("internet.subscribers.new", ("10", 5m, 1m), ("08", 7m, 1m), ("06", 7m, 1m), ("04", 7m, 1m), ("02", 1m, 1m));

        Assert.Equal([("04", 1), ("06", 1), ("08", 1), ("10", 4), ("02", 5)], HandMadeFigures.Ranks(summary));
        Assert.Equal(["04", "06", "08"], summary.Maximum!.ProvinceCodes);
    }

    [Fact]
    public void AllEqualShareTheFirstRank()
    {
        var summary = HandMadeFigures.Summary("egov.one-stop.agencies-share", ("01", 100m, 1m), ("02", 100m, 1m), ("04", 100m, 1m));

        Assert.All(summary.Ranks, rank => Assert.Equal(1, rank.Rank));
        Assert.Null(summary.Sum);
        Assert.Equal(100m, summary.Mean);
    }
}
