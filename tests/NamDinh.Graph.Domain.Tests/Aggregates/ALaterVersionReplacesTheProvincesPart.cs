using NamDinh.Graph.Domain.Aggregates;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// A contribution from a later version of a province's report replaces that province's part of the aggregate and
/// leaves every other province's part, and the aggregate it was taken into, as they were.
/// </summary>
public sealed class ALaterVersionReplacesTheProvincesPart
{
    [Fact]
    public void TheProvincesPartIsTheLaterContribution()
    {
        var (first, hanoi, namDinh) = (Contributions.Of("01", 1, 130m), Contributions.Of("36", 1, 90m), Contributions.Of("36", 2, 95m, 5m));
        var before = Contributions.Aggregate(first, hanoi);

        var (after, outcome) = before.With(namDinh);

        Assert.Equal(ContributionOutcome.ContentChanged, outcome);
        Assert.Same(namDinh, after.Of("36"));
        Assert.Same(first, after.Of("01"));
        Assert.Equal(2, after.Contributions.Count);
        Assert.Same(hanoi, before.Of("36"));
    }

    [Fact]
    public void ALaterVersionStatingNothingEmptiesThePart()
    {
        var before = Contributions.Aggregate(Contributions.Of("36", 1, 90m));

        var (after, outcome) = before.With(Contributions.Of("36", 2));

        Assert.Equal(ContributionOutcome.ContentChanged, outcome);
        Assert.Empty(after.Of("36")!.Items);
    }

    [Fact]
    public void AVersionSkippedAheadIsTakenIn()
    {
        var (after, outcome) = Contributions.Aggregate(Contributions.Of("36", 1, 90m)).With(Contributions.Of("36", 7, 91m));

        Assert.Equal(ContributionOutcome.ContentChanged, outcome);
        Assert.Equal(7, after.Of("36")!.ReportVersion);
    }
}
