using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// A contribution from a version of the report the aggregate already holds, or from an older one, is a replay or a
/// late arrival: the aggregate stays as it was, whatever the contribution says.
/// </summary>
public sealed class AnOlderOrEqualVersionChangesNothing
{
    private static readonly ProvinceAggregate<IndicatorValue> Held =
        Contributions.Aggregate(Contributions.Of("01", 3, 130m), Contributions.Of("36", 2, 90m));

    [Theory]
    [InlineData(1L)]
    [InlineData(2L)]
    [InlineData(3L)]
    public void AContributionOfAnOlderOrTheSameVersionIsUnchanged(long version)
    {
        var (aggregate, outcome) = Held.With(Contributions.Of("01", version, 999m));

        Assert.Equal(ContributionOutcome.Unchanged, outcome);
        Assert.Same(Held, aggregate);
        Assert.Equal(3, aggregate.Of("01")!.ReportVersion);
        Assert.Equal(130m, Assert.Single(aggregate.Of("01")!.Items).Value);
    }

    [Fact]
    public void TakingTheSameContributionTwiceGivesTheSameContributions()
    {
        var contribution = Contributions.Of("36", 4, 95m);

        var (once, firstOutcome) = Held.With(contribution);
        var (twice, secondOutcome) = once.With(contribution);

        Assert.Equal((ContributionOutcome.ContentChanged, ContributionOutcome.Unchanged), (firstOutcome, secondOutcome));
        Assert.Same(once, twice);
        Assert.Equal(once.Contributions, twice.Contributions);
    }

    [Fact]
    public void ReplayingEverySyntheticReportChangesNoSectorYear()
    {
        foreach (var report in SyntheticSet.Reports)
            foreach (var (sector, contribution) in ReportContributions.FiguresBySector(report, SyntheticSlices.Catalog))
            {
                var held = SyntheticSlices.SectorYears[new SectorYear(sector, report.Key.Year)];

                var (aggregate, outcome) = held.With(contribution);

                Assert.Equal(ContributionOutcome.Unchanged, outcome);
                Assert.Same(held, aggregate);
            }
    }
}
