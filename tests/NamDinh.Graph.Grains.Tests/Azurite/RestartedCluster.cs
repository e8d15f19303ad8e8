using Azure.Data.Tables;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Storage;
using NamDinh.Graph.Grains.Tests.Clusters;
using Orleans.TestingHost;

namespace NamDinh.Graph.Grains.Tests.Azurite;

/// <summary>
/// A deployment restarted on Azure Table storage (Azurite): a first cluster starts on a fresh table, which seeds
/// Nam Định 2021, and is given a synthetic report; it stops; a second cluster starts on the same table with the
/// same service id, seeding again as every start does. The tests read what the second one serves and what the
/// table holds. The table is deleted at the end.
/// </summary>
public sealed class RestartedCluster : IAsyncLifetime
{
    private readonly string _serviceId = $"grains-test-{Guid.NewGuid():N}";
    private TestCluster? _cluster;

    public static ReportKey SyntheticKey { get; } = new("27", 2021);

    public Report SyntheticReport { get; } = SyntheticReports.For(SyntheticKey);

    public string TableName { get; } = AzuriteStorage.NewTableName();

    /// <summary>What the first cluster answered when the synthetic report was seeded.</summary>
    public bool SeededBeforeRestart { get; private set; }

    /// <summary>Each row's ETag before the restart, by partition and row key: an unchanged ETag is an unwritten row.</summary>
    public IReadOnlyDictionary<string, string> ETagsBeforeRestart { get; private set; } = new Dictionary<string, string>();

    public IGrainFactory Grains => (_cluster ?? throw new InvalidOperationException("The cluster has not restarted.")).GrainFactory;

    public async Task InitializeAsync()
    {
        try
        {
            var first = await StartAsync();
            try
            {
                SeededBeforeRestart = await first.GrainFactory.GetReportGrain(SyntheticKey).SeedAsync(SyntheticReport);
                ETagsBeforeRestart = await ReadETagsAsync();
                await first.StopAllSilosAsync();
            }
            finally
            {
                await first.DisposeAsync();
            }
            _cluster = await StartAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task<IReadOnlyDictionary<string, string>> ReadETagsAsync() =>
        (await StoredRows.ReadAllAsync(TableName)).ToDictionary(row => $"{row.PartitionKey}/{row.RowKey}", row => row.ETag.ToString());

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
            await _cluster.DisposeAsync();
        if (Environment.GetEnvironmentVariable(AzuriteStorage.ConnectionStringVariable) is { Length: > 0 } connectionString)
            await new TableServiceClient(connectionString).DeleteTableAsync(TableName);
    }

    private Task<TestCluster> StartAsync() =>
        ReportClusters.StartAsync(StorageProvider.AzureTable, AzuriteStorage.ConnectionString, TableName, _serviceId);
}

[CollectionDefinition(Name)]
public sealed class RestartedClusterCollection : ICollectionFixture<RestartedCluster>
{
    public const string Name = "cluster restarted on Azure Table storage";
}
