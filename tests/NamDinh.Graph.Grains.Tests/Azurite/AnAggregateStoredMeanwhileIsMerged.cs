using System.Globalization;
using System.Text;
using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Text;
using NamDinh.Graph.Grains.Aggregates;
using NamDinh.Graph.Grains.Storage;
using NamDinh.Graph.Grains.Tests.Clusters;
using Orleans.TestingHost;

namespace NamDinh.Graph.Grains.Tests.Azurite;

/// <summary>
/// Two nodes on one Azure Table storage (Azurite) each hold an activation of the same year's rankings, as two clusters
/// briefly can while membership settles. The first stores a province's part after the second read the row; the
/// second's write, made against the row as it read it, is refused by storage. The second then reads what was stored
/// meanwhile, keeps each province's later part, and stores them all: no node's part is lost. The table is deleted at the end.
/// </summary>
public sealed class AnAggregateStoredMeanwhileIsMerged : IAsyncLifetime
{
    private const int Year = 2031;
    private static readonly TimeSpan Patience = ProvinceAggregateGrain<Ranking>.WriteDelay * 8;

    private readonly string _tableName = AzuriteStorage.NewTableName();
    private readonly string _serviceId = $"grains-test-{Guid.NewGuid():N}";
    private TestCluster? _first;
    private TestCluster? _second;

    public async Task InitializeAsync()
    {
        // One after the other: each start seeds Nam Định 2021, which the first stores and the second finds stored.
        _first = await ReportClusters.StartAsync(StorageProvider.AzureTable, AzuriteStorage.ConnectionString, _tableName, _serviceId);
        _second = await ReportClusters.StartAsync(StorageProvider.AzureTable, AzuriteStorage.ConnectionString, _tableName, _serviceId);
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
            await _second.DisposeAsync();
        if (_first is not null)
            await _first.DisposeAsync();
        await AzuriteStorage.DeleteTablesAsync(_tableName);
    }

    [Fact]
    public async Task A_part_stored_by_another_node_meanwhile_is_kept_with_this_nodes_part()
    {
        var onFirst = _first!.GrainFactory.GetYearRankings(Year);
        var onSecond = _second!.GrainFactory.GetYearRankings(Year);
        await onFirst.ContributeAsync(Part("01"));
        Assert.Equal(["01"], await StoredProvincesAsync(["01"]));
        await onSecond.GetAsync();

        await onFirst.ContributeAsync(Part("02"));
        Assert.Equal(["01", "02"], await StoredProvincesAsync(["01", "02"]));
        await onSecond.ContributeAsync(Part("04"));

        Assert.Equal(["01", "02", "04"], await StoredProvincesAsync(["01", "02", "04"]));
        Assert.Equal(["01", "02", "04"], (await onSecond.GetAsync()).Value.Contributions.Select(part => part.ProvinceCode));
    }

    private static ProvinceContribution<Ranking> Part(string provinceCode) =>
        new(provinceCode, 1, true, [new Ranking("ict-index", new LocalizedText("Chỉ số ICT"), int.Parse(provinceCode, CultureInfo.InvariantCulture), 63, null, null)]);

    /// <summary>The provinces of the stored rankings of <see cref="Year"/>, once they are <paramref name="expected"/> or patience runs out.</summary>
    private async Task<IReadOnlyList<string>> StoredProvincesAsync(string[] expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var stored = await ReadStoredProvincesAsync();
            if (stored.SequenceEqual(expected) || DateTime.UtcNow > deadline)
                return stored;
            await Task.Delay(100);
        }
    }

    /// <summary>The provinces in the row of this test's rankings: the one rankings row holding none of the seeded Nam Định's.</summary>
    private async Task<IReadOnlyList<string>> ReadStoredProvincesAsync()
    {
        var serializer = new ReportJsonGrainStorageSerializer();
        var rankings = (await StoredRows.ReadAllAsync(_tableName))
            .Where(row => row.RowKey == "year-rankings")
            .Select(row => serializer.Deserialize<ProvinceAggregateState<Ranking>>(new BinaryData(Encoding.UTF8.GetBytes(StoredRows.StateText(row)))))
            .Where(state => state.Contributions.All(part => part.ProvinceCode != "36"))
            .ToList();
        Assert.True(rankings.Count <= 1, $"{rankings.Count} rankings rows without Nam Định");
        return rankings.SingleOrDefault()?.Contributions.Select(part => part.ProvinceCode).ToList() ?? [];
    }
}
