using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Tests.Clusters;

namespace NamDinh.Graph.Grains.Tests;

/// <summary>
/// Each accepted change tells the catalog the report's version and when it was made, so a question about recent
/// changes can leave out the reports that have none; a refused change tells it nothing.
/// </summary>
[Collection(MemoryClusterCollection.Name)]
public sealed class TheCatalogKnowsEachReportsLatestChange(MemoryCluster cluster)
{
    [Fact]
    public async Task The_mark_follows_the_stored_versions()
    {
        var key = new ReportKey("18", 2022);
        var grain = cluster.Grains.GetReportGrain(key);
        var report = SyntheticReports.For(key);
        await grain.SeedAsync(report);
        var seeded = await MarkAsync(key);
        await grain.EditAsync(new EditRequest(new ReplaceIndicator(report.Indicators[0] with { Value = report.Indicators[0].Value + 1 }), null, "grains-test", "mark"));
        await grain.EditAsync(new EditRequest(new ReplaceIndicator(report.Indicators[0] with { Value = report.Indicators[0].Value + 2 }), 1, "grains-test", "stale, refused"));

        var changed = await MarkAsync(key);
        var history = await grain.GetHistoryAsync(null, 10);

        Assert.Equal(1, seeded.Version);
        Assert.Equal(seeded.FirstAt, seeded.LatestAt);
        Assert.Equal(2, changed.Version);
        Assert.Equal(history.Revisions[0].At, changed.LatestAt);
        Assert.Equal(history.Revisions[^1].At, changed.FirstAt);
    }

    private async Task<Domain.Changes.ReportMark> MarkAsync(ReportKey key) =>
        (await cluster.Grains.GetReportCatalog().ListMarksAsync()).Single(mark => mark.Key == key);
}
