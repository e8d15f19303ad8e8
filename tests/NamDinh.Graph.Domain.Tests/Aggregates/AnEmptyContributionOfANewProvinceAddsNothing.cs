using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// A province the aggregate has not heard from adds nothing when its report states nothing there: the aggregate
/// stays as it was, and a reader sees no part for the province, as before.
/// </summary>
public sealed class AnEmptyContributionOfANewProvinceAddsNothing
{
    [Fact]
    public void NothingStatedByANewProvinceAddsNothing()
    {
        var (after, outcome) = new ProvinceAggregate<IndicatorValue>([]).With(Contributions.Of("99", 1));

        Assert.Equal(ContributionOutcome.SameContent, outcome);
        Assert.Null(after.Of("99"));
        Assert.Empty(after.Contributions);
    }

    [Fact]
    public void AFigureStatedByANewProvinceIsAChange() =>
        Assert.Equal(ContributionOutcome.ContentChanged, new ProvinceAggregate<IndicatorValue>([]).With(Contributions.Of("99", 1, 1m)).Outcome);

    [Fact]
    public void AReportWithoutFiguresOfASectorAddsNoPart()
    {
        var report = Synthetic.WithFigures(Synthetic.Figure("postal.revenue", 130m, "VND", multiplier: 1_000_000_000m));
        var inspection = ReportContributions.FiguresBySector(report, SyntheticSlices.Catalog)[Sector.Inspection];

        var (after, outcome) = new ProvinceAggregate<IndicatorValue>([]).With(inspection);

        Assert.Equal(ContributionOutcome.SameContent, outcome);
        Assert.Null(after.Of(report.Key.ProvinceCode));
    }
}
