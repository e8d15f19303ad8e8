using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Tests.Clusters;

namespace NamDinh.Graph.Grains.Tests.Aggregates;

/// <summary>
/// A report grain sends its figures and rankings to the aggregates across provinces when it is seeded and on every
/// accepted change; a refused change sends nothing. Other tests share the cluster, so each test reads only the part
/// of its own province.
/// </summary>
[Collection(MemoryClusterCollection.Name)]
public sealed class AggregatesFollowEveryAcceptedChange(MemoryCluster cluster)
{
    private static readonly IndicatorValue PostalRevenue = SyntheticReports.NamDinh2021.Indicators.Single(value => value.Code == "postal.revenue");

    [Fact]
    public async Task A_seeded_report_is_in_the_aggregate_of_each_sector_it_states_figures_of()
    {
        var key = new ReportKey("40", 2021);
        var report = SyntheticReports.For(key);
        await cluster.Grains.GetReportGrain(key).SeedAsync(report);

        foreach (var sector in ReportContributions.SectorsWithIndicators(IndicatorCatalog.Default))
        {
            var part = await PartAsync(sector, key);
            var expected = report.Indicators.Where(value => IndicatorCatalog.Default.Find(value.Code)!.Sector == sector).Select(value => value.Code);
            Assert.Equal(expected, part!.Items.Select(value => value.Code));
            Assert.All(part.Items, value => Assert.Null(value.Source));
            Assert.Equal(1, part.ReportVersion);
            Assert.True(part.Synthetic);
        }
        var rankings = (await cluster.Grains.GetYearRankings(2021).GetAsync()).Value.Of("40");
        Assert.Equal(report.Rankings.Select(ranking => (ranking.Index, ranking.Position)), rankings!.Items.Select(ranking => (ranking.Index, ranking.Position)));
    }

    [Fact]
    public async Task A_changed_figure_reaches_its_sector_aggregate_and_a_removed_one_leaves_it()
    {
        var key = new ReportKey("42", 2021);
        var grain = cluster.Grains.GetReportGrain(key);
        await grain.SeedAsync(SyntheticReports.For(key));

        await grain.EditAsync(new EditRequest(new ReplaceIndicator(PostalRevenue with { Value = 175 }), 1, "grains-test", null));
        var changed = await PartAsync(Sector.PostalTelecom, key);
        Assert.Equal(2, changed!.ReportVersion);
        Assert.Equal(175, changed.Items.Single(value => value.Code == "postal.revenue").Value);

        await grain.EditAsync(new EditRequest(new RemoveIndicator("postal.revenue"), 2, "grains-test", null));
        var removed = await PartAsync(Sector.PostalTelecom, key);
        Assert.Equal(3, removed!.ReportVersion);
        Assert.DoesNotContain(removed.Items, value => value.Code == "postal.revenue");
    }

    [Fact]
    public async Task A_refused_change_leaves_the_aggregates_as_they_were()
    {
        var key = new ReportKey("44", 2021);
        var grain = cluster.Grains.GetReportGrain(key);
        await grain.SeedAsync(SyntheticReports.For(key));

        var result = await grain.EditAsync(new EditRequest(new ReplaceIndicator(PostalRevenue with { Value = 999 }), 7, "grains-test", null));

        Assert.Equal(EditStatus.VersionConflict, result.Status);
        var part = await PartAsync(Sector.PostalTelecom, key);
        Assert.Equal(1, part!.ReportVersion);
        Assert.Equal(PostalRevenue.Value, part.Items.Single(value => value.Code == "postal.revenue").Value);
    }

    [Fact]
    public async Task A_changed_ranking_reaches_the_year_rankings()
    {
        var key = new ReportKey("45", 2021);
        var grain = cluster.Grains.GetReportGrain(key);
        await grain.SeedAsync(SyntheticReports.For(key));
        var ranking = SyntheticReports.NamDinh2021.Rankings[0] with { Position = 3, Source = null };

        await grain.EditAsync(new EditRequest(SetRanking.Whole(ranking), 1, "grains-test", null));

        var part = (await cluster.Grains.GetYearRankings(2021).GetAsync()).Value.Of("45");
        Assert.Equal(3, part!.Items.Single(item => item.Index == ranking.Index).Position);
        Assert.Equal(2, part.ReportVersion);
    }

    private async Task<ProvinceContribution<IndicatorValue>?> PartAsync(Sector sector, ReportKey key) =>
        (await cluster.Grains.GetSectorFigures(new SectorYear(sector, key.Year)).GetAsync()).Value.Of(key.ProvinceCode);
}
