using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Aggregates;
using NamDinh.Graph.Grains.Storage;
using NamDinh.Graph.Grains.Tests.Clusters;
using Orleans.TestingHost;

namespace NamDinh.Graph.Grains.Tests.Azurite;

/// <summary>
/// On Azure Table storage (Azurite), a ChangeReport of 40 figure edits is acknowledged after one storage round trip,
/// as one version; under an idempotency key it costs one read of the kept answers more, and its answer is stored
/// in the same transaction.
/// </summary>
public sealed class AListOfChangesIsOneStorageRoundTrip : IAsyncLifetime
{
    private static readonly ReportKey Key = new("26", 2021);
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

    /// <summary>One less of each of the first 40 figures of <paramref name="report"/> (one more of a figure of 1 or less), <paramref name="step"/> times over.</summary>
    public static ChangeReport FortyFigureEdits(Report report, int step = 1) => new([.. report.Indicators.Take(40).Select(figure =>
        (ReportEdit)new SetIndicator(new FigurePatch(figure.Code, Value: figure.Value > step ? figure.Value - step : figure.Value + step)))]);

    [Fact]
    public async Task Forty_figure_edits_in_one_list_cost_one_round_trip()
    {
        var grain = _cluster.GrainFactory.GetReportGrain(Key);
        var report = SyntheticReports.For(Key);
        await grain.SeedAsync(report);
        // The first change also reads the previous year's report (for its findings), once for the grain's life.
        await grain.EditAsync(new EditRequest(new SetIndicator(new FigurePatch(report.Indicators[^1].Code, Value: 7)), null, "grains-test", "warm up"));
        await Task.Delay(ProvinceAggregateGrain<IndicatorValue>.WriteDelay * 3);

        var before = RoundTrips.Count;
        var result = await grain.EditAsync(new EditRequest(FortyFigureEdits(report), 2, "grains-test", "forty figures"));
        var acknowledged = RoundTrips.Count - before;

        Assert.Equal(EditStatus.Applied, result.Status);
        Assert.Equal(3, result.CurrentVersion);
        Assert.Equal(40, result.Changes.Count);
        Assert.Equal(1, acknowledged);
        var history = await grain.GetHistoryAsync(null, 10);
        Assert.Equal([3L, 2L, 1L], history.Revisions.Select(revision => revision.Version));
        Assert.Equal(40, history.Revisions[0].Entries.Count);
    }

    [Fact]
    public async Task Under_a_key_the_list_costs_one_read_more_and_its_answer_is_stored_with_it()
    {
        var grain = _cluster.GrainFactory.GetReportGrain(Key);
        var report = SyntheticReports.For(Key);
        await grain.SeedAsync(report);
        await grain.EditAsync(new EditRequest(new SetIndicator(new FigurePatch(report.Indicators[^1].Code, Value: 7)), null, "grains-test", "warm up"));
        await Task.Delay(ProvinceAggregateGrain<IndicatorValue>.WriteDelay * 3);

        var before = RoundTrips.Count;
        var result = await grain.EditAsync(new EditRequest(FortyFigureEdits(report), 2, "grains-test", "forty figures", IdempotencyKey: "forty"));
        var acknowledged = RoundTrips.Count - before;

        Assert.Equal(EditStatus.Applied, result.Status);
        Assert.Equal(2, acknowledged);
        var rows = await StoredRows.ReadAllAsync(new StorageOptions { TableName = _tableName }.ReportTableName);
        var answer = Assert.Single(rows, row => row.PartitionKey == Key.ToString() && row.RowKey.StartsWith("answer-", StringComparison.Ordinal));
        Assert.Equal("answer-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("forty"u8)), answer.RowKey);
    }
}
