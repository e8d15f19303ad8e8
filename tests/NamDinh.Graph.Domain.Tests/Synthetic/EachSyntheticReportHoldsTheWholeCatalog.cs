namespace NamDinh.Graph.Domain.Tests;

public sealed class EachSyntheticReportHoldsTheWholeCatalog
{
    [Fact]
    public void EachReportIsTheFirstVersionWithEveryCatalogFigureAndIndex() =>
        Assert.All(SyntheticSet.Reports, report =>
        {
            Assert.Equal(1, report.Version);
            Assert.Equal(TheSeed.Catalog.Indicators.Select(definition => definition.Code), report.Indicators.Select(value => value.Code));
            Assert.Equal(TheSeed.Catalog.RankingIndexes.Select(index => index.Code), report.Rankings.Select(ranking => ranking.Index));
        });

    [Fact]
    public void EachReportHasTasksAndPrioritiesInEverySectorAndProposesNothing() =>
        Assert.All(SyntheticSet.Reports, report =>
        {
            Assert.Equal(4, report.Tasks.Select(item => item.Sector).Distinct().Count());
            Assert.Equal(4, report.Priorities.Select(item => item.Sector).Distinct().Count());
            Assert.True(report.Proposals.NoneProposed);
            Assert.NotNull(report.Proposals.Statement);
        });
}
