using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// A later version of a report that says the same in an aggregate (another part of the report changed, or only a
/// source sentence, which aggregates do not hold) changes nothing: the part keeps the version it last changed in,
/// so nothing need be stored and a reactivated aggregate answers the same.
/// </summary>
public sealed class TheSameContentAtALaterVersionKeepsTheVersionItChangedIn
{
    [Fact]
    public void EqualFiguresAtALaterVersionKeepTheEarlierVersion()
    {
        var before = Contributions.Aggregate(Contributions.Of("36", 1, 90m, 5m));

        var (after, outcome) = before.With(Contributions.Of("36", 2, 90m, 5m));

        Assert.Equal(ContributionOutcome.SameContent, outcome);
        Assert.Same(before, after);
        Assert.Equal(1, after.Of("36")!.ReportVersion);
    }

    [Fact]
    public void AChangedSourceSentenceAloneChangesNothing()
    {
        var report = SyntheticSet.ByKey[new("36", 2022)];
        var edited = report with
        {
            Version = report.Version + 1,
            Indicators = [.. report.Indicators.Select(value => value with { Source = value.Source! with { Sentence = value.Source.Sentence + " (đã sửa)" } })],
        };
        var held = SyntheticSlices.SectorYears[new SectorYear(Sector.PostalTelecom, 2022)];

        var (after, outcome) = held.With(ReportContributions.FiguresBySector(edited, SyntheticSlices.Catalog)[Sector.PostalTelecom]);

        Assert.Equal(ContributionOutcome.SameContent, outcome);
        Assert.Same(held, after);
    }

    [Fact]
    public void FiguresNoLongerMarkedSyntheticAreAChange()
    {
        var before = Contributions.Aggregate(Contributions.Of("36", 1, 90m));

        Assert.Equal(ContributionOutcome.ContentChanged, before.With(Contributions.Of("36", 2, 90m) with { Synthetic = false }).Outcome);
    }
}
