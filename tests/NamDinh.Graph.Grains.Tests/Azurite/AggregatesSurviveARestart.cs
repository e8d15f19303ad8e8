using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Grains.Tests.Azurite;

/// <summary>
/// The aggregates across provinces are stored like the reports: after the restart, the sector aggregate holds the
/// figure as the last acknowledged change left it, and the year's rankings hold both provinces'.
/// </summary>
[Collection(RestartedClusterCollection.Name)]
public sealed class AggregatesSurviveARestart(RestartedCluster cluster)
{
    [Fact]
    public async Task The_sector_aggregate_holds_the_last_acknowledged_figure()
    {
        var changed = SetIndicatorOf(RestartedCluster.EditsBeforeRestart[^2]).Value;

        var aggregate = (await cluster.Grains.GetSectorFigures(new SectorYear(Sector.PostalTelecom, 2021)).GetAsync()).Value;

        Assert.Equal(changed, aggregate.Of(RestartedCluster.SyntheticKey.ProvinceCode)!.Items.Single(value => value.Code == "postal.revenue").Value);
        Assert.Equal(["27", "36"], aggregate.Contributions.Select(part => part.ProvinceCode));
    }

    [Fact]
    public async Task The_year_rankings_hold_both_provinces()
    {
        var rankings = (await cluster.Grains.GetYearRankings(2021).GetAsync()).Value;

        Assert.Equal(["27", "36"], rankings.Contributions.Select(part => part.ProvinceCode));
        Assert.All(rankings.Contributions, part => Assert.Equal(5, part.Items.Count));
    }

    private static IndicatorValue SetIndicatorOf(Domain.Editing.ReportEdit edit) => ((Domain.Editing.ReplaceIndicator)edit).Value;
}
