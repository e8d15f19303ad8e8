using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Tests.Clusters;

namespace NamDinh.Graph.Grains.Tests;

/// <summary>
/// A report offered to the grain of another report is refused with an error naming both keys,
/// and nothing is stored: neither grain holds it and the catalog does not list it.
/// </summary>
[Collection(MemoryClusterCollection.Name)]
public sealed class AReportIsStoredOnlyUnderItsOwnKey(MemoryCluster cluster)
{
    [Fact]
    public async Task AReportOfAnotherProvinceIsRefusedAndNothingIsStored()
    {
        var grainKey = new ReportKey("08", 2021);
        var report = SyntheticReports.For(new ReportKey("10", 2021));
        var grain = cluster.Grains.GetReportGrain(grainKey);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => grain.SeedAsync(report));

        Assert.Contains("10-2021", error.Message, StringComparison.Ordinal);
        Assert.Contains("08-2021", error.Message, StringComparison.Ordinal);
        Assert.Null(await grain.GetAsync());
        Assert.Null(await cluster.Grains.GetReportGrain(report.Key).GetAsync());
        var catalog = await cluster.Grains.GetReportCatalog().ListAsync();
        Assert.DoesNotContain(grainKey, catalog);
        Assert.DoesNotContain(report.Key, catalog);
    }

    [Fact]
    public async Task AReportOfAnotherYearIsRefused()
    {
        var grain = cluster.Grains.GetReportGrain(new ReportKey("11", 2021));

        await Assert.ThrowsAsync<ArgumentException>(() => grain.SeedAsync(SyntheticReports.For(new ReportKey("11", 2022))));

        Assert.Null(await grain.GetAsync());
    }

    [Theory]
    [InlineData("12-02021")]
    [InlineData("12- 2021")]
    [InlineData("12-2021 ")]
    public async Task AGrainWhoseKeyOnlyLooksLikeTheReportsRefusesIt(string lookalikeKey)
    {
        var grain = cluster.Grains.GetGrain<IReportGrain>(lookalikeKey);

        await Assert.ThrowsAsync<ArgumentException>(() => grain.SeedAsync(SyntheticReports.For(new ReportKey("12", 2021))));

        Assert.Null(await grain.GetAsync());
    }
}
