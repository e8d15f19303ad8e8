using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Storage;
using NamDinh.Graph.Grains.Tests.Clusters;
using Orleans.TestingHost;

namespace NamDinh.Graph.Grains.Tests.Azurite;

/// <summary>
/// On Azure Table storage (Azurite), the answer to a change made under an idempotency key outlives the cluster:
/// after a restart, the retry is answered with the version the change made and stores nothing, and the key with
/// another change is still refused.
/// </summary>
public sealed class AKeptAnswerSurvivesARestart : IAsyncLifetime
{
    private static readonly ReportKey Key = new("28", 2021);
    private readonly string _serviceId = $"grains-test-{Guid.NewGuid():N}";
    private readonly string _tableName = AzuriteStorage.NewTableName();
    private readonly List<TestCluster> _clusters = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var cluster in _clusters)
            await cluster.DisposeAsync();
        await AzuriteStorage.DeleteTablesAsync(_tableName);
    }

    [Fact]
    public async Task A_retry_after_a_restart_answers_the_same_version_and_stores_nothing()
    {
        var report = SyntheticReports.For(Key);
        var change = new EditRequest(AListOfChangesIsOneStorageRoundTrip.FortyFigureEdits(report), 1, "grains-test", "forty figures", IdempotencyKey: "before-restart");
        var first = await StartAsync();
        await first.GrainFactory.GetReportGrain(Key).SeedAsync(report);
        var applied = await first.GrainFactory.GetReportGrain(Key).EditAsync(change);
        await first.StopAllSilosAsync();
        var second = await StartAsync();
        var grain = second.GrainFactory.GetReportGrain(Key);
        await grain.GetAsync();
        var rowsBefore = await ETagsAsync();

        var retried = await grain.EditAsync(change);
        var other = await grain.EditAsync(change with { Edit = AListOfChangesIsOneStorageRoundTrip.FortyFigureEdits(report, step: 2) });

        Assert.Equal(EditStatus.Applied, applied.Status);
        Assert.Equal(2, applied.CurrentVersion);
        Assert.Equal(EditStatus.Applied, retried.Status);
        Assert.True(retried.Replayed);
        Assert.Equal(2, retried.CurrentVersion);
        Assert.Equal(40, retried.Changes.Count);
        Assert.Equal(EditStatus.IdempotencyKeyReused, other.Status);
        Assert.Equal(rowsBefore, await ETagsAsync());
        Assert.Equal(2, (await grain.GetAsync())!.Version);
    }

    private async Task<TestCluster> StartAsync()
    {
        var cluster = await ReportClusters.StartAsync(StorageProvider.AzureTable, AzuriteStorage.ConnectionString, _tableName, _serviceId);
        _clusters.Add(cluster);
        return cluster;
    }

    private async Task<IReadOnlyDictionary<string, string>> ETagsAsync() =>
        (await StoredRows.ReadAllAsync(new StorageOptions { TableName = _tableName }.ReportTableName))
            .ToDictionary(row => $"{row.PartitionKey}/{row.RowKey}", row => row.ETag.ToString());
}
