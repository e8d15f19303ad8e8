using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Tests.Clusters;
using static NamDinh.Graph.Grains.Tests.ReportJsonText;

namespace NamDinh.Graph.Grains.Tests;

/// <summary>
/// Seeding never overwrites: a report a user has since changed is left as it is when the seed comes again,
/// and the seed says it stored nothing.
/// </summary>
[Collection(MemoryClusterCollection.Name)]
public sealed class SeedingLeavesAStoredReportAsItIs(MemoryCluster cluster)
{
    [Fact]
    public async Task ASecondSeedAnswersFalseAndTheFirstReportStays()
    {
        var key = new ReportKey("04", 2021);
        var first = SyntheticReports.For(key);
        var second = SyntheticReports.OtherFor(key);
        var grain = cluster.Grains.GetReportGrain(key);
        await grain.SeedAsync(first);

        Assert.False(await grain.SeedAsync(second));

        var stored = await grain.GetAsync();
        Assert.Equal(Json(first), Json(stored));
        Assert.Equal((1L, 41), (stored!.Version, stored.Indicators.Count));
    }

    [Fact]
    public async Task SeedingTheSameReportAgainAnswersFalse()
    {
        var report = SyntheticReports.For(new ReportKey("06", 2021));
        var grain = cluster.Grains.GetReportGrain(report.Key);

        Assert.True(await grain.SeedAsync(report));
        Assert.False(await grain.SeedAsync(report));
        Assert.Equal(Json(report), Json(await grain.GetAsync()));
    }

    [Fact]
    public async Task SeedingNamDinhAgainLeavesTheSeededReport()
    {
        var grain = cluster.Grains.GetReportGrain(SyntheticReports.NamDinh2021Key);

        Assert.False(await grain.SeedAsync(SyntheticReports.NamDinh2021));
        Assert.Equal(Json(SyntheticReports.NamDinh2021), Json(await grain.GetAsync()));
    }
}
