using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Tests.Clusters;

namespace NamDinh.Graph.Grains.Tests;

/// <summary>The catalog lists every seeded report exactly once, however often it was seeded, ordered by province then year.</summary>
[Collection(MemoryClusterCollection.Name)]
public sealed class TheCatalogListsEachReportOnceInOrder(MemoryCluster cluster)
{
    [Fact]
    public async Task ReportsSeededTwiceAreListedOnceEachInOrder()
    {
        ReportKey[] seededOutOfOrder = [new("15", 2022), new("14", 2021), new("15", 2020), new("14", 2019)];
        foreach (var key in seededOutOfOrder.Concat(seededOutOfOrder))
            await cluster.Grains.GetReportGrain(key).SeedAsync(SyntheticReports.For(key));

        var listed = await cluster.Grains.GetReportCatalog().ListAsync();

        Assert.Equal(
            ["14-2019", "14-2021", "15-2020", "15-2022"],
            listed.Where(seededOutOfOrder.Contains).Select(key => key.ToString()));
    }

    [Fact]
    public async Task TheWholeListIsOrderedWithoutRepeats()
    {
        var key = new ReportKey("17", 2021);
        await cluster.Grains.GetReportGrain(key).SeedAsync(SyntheticReports.For(key));
        await cluster.Grains.GetReportGrain(key).SeedAsync(SyntheticReports.For(key));

        var listed = await cluster.Grains.GetReportCatalog().ListAsync();

        Assert.Equal(listed.Order().Distinct(), listed);
        Assert.Single(listed, SyntheticReports.NamDinh2021Key);
        Assert.Single(listed, key);
    }
}
