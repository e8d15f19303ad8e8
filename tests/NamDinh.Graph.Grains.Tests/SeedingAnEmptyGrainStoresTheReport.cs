using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Tests.Clusters;
using static NamDinh.Graph.Grains.Tests.ReportJsonText;

namespace NamDinh.Graph.Grains.Tests;

/// <summary>Seeding a report no grain holds yet stores it, says so, and lists it in the catalog.</summary>
[Collection(MemoryClusterCollection.Name)]
public sealed class SeedingAnEmptyGrainStoresTheReport(MemoryCluster cluster)
{
    [Fact]
    public async Task SeedAnswersTrueAndTheReportReadsBackAsSeeded()
    {
        var report = SyntheticReports.For(new ReportKey("01", 2021));
        var grain = cluster.Grains.GetReportGrain(report.Key);

        Assert.True(await grain.SeedAsync(report));

        var stored = await grain.GetAsync();
        Assert.Equal(Json(report), Json(stored));
        Assert.True(stored!.Synthetic);
    }

    [Fact]
    public async Task TheSeededReportIsInTheCatalog()
    {
        var report = SyntheticReports.For(new ReportKey("02", 2021));

        await cluster.Grains.GetReportGrain(report.Key).SeedAsync(report);

        Assert.Contains(report.Key, await cluster.Grains.GetReportCatalog().ListAsync());
    }
}
