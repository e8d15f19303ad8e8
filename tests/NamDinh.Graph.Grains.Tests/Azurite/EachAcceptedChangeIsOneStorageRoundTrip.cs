using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Aggregates;
using NamDinh.Graph.Grains.Storage;
using NamDinh.Graph.Grains.Tests.Clusters;
using Orleans.TestingHost;

namespace NamDinh.Graph.Grains.Tests.Azurite;

/// <summary>
/// On Azure Table storage (Azurite), a report grain acknowledges a change after one storage round trip: the report
/// and its revision in one transaction. The aggregate across provinces serves the change at once and stores it
/// shortly after, once for the changes that came meanwhile; so does the catalog, which keeps each report's latest version.
/// </summary>
public sealed class EachAcceptedChangeIsOneStorageRoundTrip : IAsyncLifetime
{
    private const int Changes = 10;
    private static readonly ReportKey Key = new("25", 2021);
    private readonly string _tableName = AzuriteStorage.NewTableName();
    private TestCluster _cluster = null!;

    private StorageRoundTrips RoundTrips => ((InProcessSiloHandle)_cluster.Primary!).SiloHost.Services.GetRequiredService<StorageRoundTrips>();

    public async Task InitializeAsync() =>
        _cluster = await ReportClusters.StartAsync(StorageProvider.AzureTable, AzuriteStorage.ConnectionString, _tableName);

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await AzuriteStorage.DeleteTablesAsync(_tableName);
    }

    [Fact]
    public async Task Ten_changes_cost_ten_round_trips_and_then_one_aggregate_and_one_catalog_write()
    {
        var grain = _cluster.GrainFactory.GetReportGrain(Key);
        var report = SyntheticReports.For(Key);
        await grain.SeedAsync(report);
        // The first change also reads the previous year's report (for its findings), once for the grain's life.
        await grain.EditAsync(new EditRequest(new ReplaceIndicator(report.Indicators[0] with { Value = 0 }), null, "grains-test", "round trips"));
        await Task.Delay(ProvinceAggregateGrain<IndicatorValue>.WriteDelay * 3); // the seed's and first change's aggregate writes
        var figure = report.Indicators[0];
        var sector = IndicatorCatalog.Default.Find(figure.Code)!.Sector;

        var before = RoundTrips.Count;
        for (var change = 1; change <= Changes; change++)
        {
            var result = await grain.EditAsync(new EditRequest(new ReplaceIndicator(figure with { Value = figure.Value + change }), null, "grains-test", "round trips"));
            Assert.Equal(EditStatus.Applied, result.Status);
        }
        var acknowledged = RoundTrips.Count - before;
        var served = (await _cluster.GrainFactory.GetSectorFigures(new SectorYear(sector, 2021)).GetAsync()).Value;
        await Task.Delay(ProvinceAggregateGrain<IndicatorValue>.WriteDelay * 3);
        var afterTheAggregateWrite = RoundTrips.Count - before;

        // On a busy machine ten changes can take longer than the write delay, so the aggregate's and the catalog's writes may fall among them.
        Assert.InRange(acknowledged, Changes, Changes + 2);
        Assert.Equal(figure.Value + Changes, served.Of(Key.ProvinceCode)!.Items.Single(value => value.Code == figure.Code).Value);
        Assert.InRange(afterTheAggregateWrite, Changes + 2, Changes + 4);
    }
}
