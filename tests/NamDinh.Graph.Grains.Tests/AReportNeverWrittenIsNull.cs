using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Tests.Clusters;

namespace NamDinh.Graph.Grains.Tests;

/// <summary>Asking for a report nobody wrote answers null, and asking does not make it exist.</summary>
[Collection(MemoryClusterCollection.Name)]
public sealed class AReportNeverWrittenIsNull(MemoryCluster cluster)
{
    [Fact]
    public async Task HaNam2021WasNeverWrittenSoItIsNull() =>
        Assert.Null(await cluster.Grains.GetReportGrain(new ReportKey("35", 2021)).GetAsync());

    [Fact]
    public async Task AskingDoesNotAddItToTheCatalog()
    {
        var key = new ReportKey("35", 2020);

        await cluster.Grains.GetReportGrain(key).GetAsync();

        Assert.DoesNotContain(key, await cluster.Grains.GetReportCatalog().ListAsync());
    }
}
