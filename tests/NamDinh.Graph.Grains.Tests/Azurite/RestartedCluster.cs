using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Text;
using NamDinh.Graph.Grains.Storage;
using NamDinh.Graph.Grains.Tests.Clusters;
using Orleans.TestingHost;

namespace NamDinh.Graph.Grains.Tests.Azurite;

/// <summary>
/// A deployment restarted on Azure Table storage (Azurite): a first cluster starts on a fresh table, which seeds
/// Nam Định 2021, and is given a synthetic report; it stops; a second cluster starts on the same table with the
/// same service id, seeding again as every start does. Before the restart the synthetic report is also changed
/// three times (<see cref="EditsBeforeRestart"/>). The tests read what the second one serves and what the
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

    /// <summary>The changes acknowledged before the restart, in order, and the report after the last of them.</summary>
    public IReadOnlyList<EditResult> AcknowledgedEdits { get; private set; } = [];

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
                var grain = first.GrainFactory.GetReportGrain(SyntheticKey);
                SeededBeforeRestart = await grain.SeedAsync(SyntheticReport);
                AcknowledgedEdits = await ChangeAsync(grain);
                // Read once the silo has stopped: aggregates are stored shortly after a change, or as their grains deactivate.
                await first.StopAllSilosAsync();
                ETagsBeforeRestart = await ReadETagsAsync();
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

    /// <summary>Edits acknowledged before the restart: a figure changed twice and a task added. They touch only the synthetic report.</summary>
    public static readonly IReadOnlyList<ReportEdit> EditsBeforeRestart =
    [
        new ReplaceIndicator(SyntheticReports.NamDinh2021.Indicators[0] with { Value = 140 }),
        new ReplaceIndicator(SyntheticReports.NamDinh2021.Indicators[0] with { Value = 150 }),
        new AddNarrativeItem(NarrativeList.Tasks, Sector.PostalTelecom, "3.1", new LocalizedText("Nhiệm vụ tổng hợp để kiểm thử"), 1),
    ];

    private static async Task<IReadOnlyList<EditResult>> ChangeAsync(IReportGrain grain)
    {
        var results = new List<EditResult>();
        foreach (var edit in EditsBeforeRestart)
            results.Add(await grain.EditAsync(new EditRequest(edit, null, "grains-test", "persistence test")));
        return results;
    }

    /// <summary>The table of the reports and their revisions, beside the grain state table.</summary>
    public string ReportTableName => new StorageOptions { TableName = TableName }.ReportTableName;

    /// <summary>Each row's ETag in both tables, by table, partition and row key.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ReadETagsAsync() =>
        (await StoredRows.ReadAllAsync(TableName)).Select(row => ("state", row))
            .Concat((await StoredRows.ReadAllAsync(ReportTableName)).Select(row => ("reports", row)))
            .ToDictionary(each => $"{each.Item1}/{each.row.PartitionKey}/{each.row.RowKey}", each => each.row.ETag.ToString());

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
            await _cluster.DisposeAsync();
        if (Environment.GetEnvironmentVariable(AzuriteStorage.ConnectionStringVariable) is { Length: > 0 })
            await AzuriteStorage.DeleteTablesAsync(TableName);
    }

    private Task<TestCluster> StartAsync() =>
        ReportClusters.StartAsync(StorageProvider.AzureTable, AzuriteStorage.ConnectionString, TableName, _serviceId);
}

[CollectionDefinition(Name)]
public sealed class RestartedClusterCollection : ICollectionFixture<RestartedCluster>
{
    public const string Name = "cluster restarted on Azure Table storage";
}
