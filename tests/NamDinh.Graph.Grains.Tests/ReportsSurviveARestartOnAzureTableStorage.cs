using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Grains.Tests.Azurite;
using static NamDinh.Graph.Grains.Tests.ReportJsonText;

namespace NamDinh.Graph.Grains.Tests;

/// <summary>
/// On Azure Table storage a report outlives the silo that wrote it, and starting again does not seed over
/// what is stored: the Nam Định report stays version 1, listed once, its row not rewritten.
/// </summary>
[Collection(RestartedClusterCollection.Name)]
public sealed class ReportsSurviveARestartOnAzureTableStorage(RestartedCluster cluster)
{
    [Fact]
    public async Task AReportSeededBeforeTheRestartReadsBackUnchanged()
    {
        Assert.True(cluster.SeededBeforeRestart);

        // The report was changed after it was seeded (see AcknowledgedChangesSurviveARestart); its first version is the seed.
        var report = await cluster.Grains.GetReportGrain(RestartedCluster.SyntheticKey).GetAsOfAsync(null, 1);

        Assert.Equal(Json(cluster.SyntheticReport), Json(report));
        Assert.True(report!.Synthetic);
    }

    [Fact]
    public async Task TheNamDinhReportIsStillVersionOneAndSeedingItAgainAnswersFalse()
    {
        var grain = cluster.Grains.GetReportGrain(SyntheticReports.NamDinh2021Key);

        Assert.Equal(1, (await grain.GetAsync())!.Version);
        Assert.False(await grain.SeedAsync(SyntheticReports.NamDinh2021));
        Assert.Equal(Json(SyntheticReports.NamDinh2021), Json(await grain.GetAsync()));
    }

    [Fact]
    public async Task TheSeedAtRestartRewroteNoRow()
    {
        var etagsAfterRestart = await cluster.ReadETagsAsync();

        Assert.Equal(cluster.ETagsBeforeRestart.OrderBy(row => row.Key), etagsAfterRestart.OrderBy(row => row.Key));
        // Grain state: the catalog, the four sector-year aggregates of 2021 and its rankings aggregate.
        // Reports: the two reports and their five revisions (the seed of each, and three changes of the synthetic one).
        Assert.Equal(6, etagsAfterRestart.Count(row => row.Key.StartsWith("state/", StringComparison.Ordinal)));
        Assert.Equal(7, etagsAfterRestart.Count(row => row.Key.StartsWith("reports/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheCatalogListsEachReportOnce() =>
        Assert.Equal(
            ["27-2021", "36-2021"],
            (await cluster.Grains.GetReportCatalog().ListAsync()).Select(key => key.ToString()));
}
