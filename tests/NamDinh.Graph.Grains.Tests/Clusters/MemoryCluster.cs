using NamDinh.Graph.Grains.Storage;
using Orleans.TestingHost;

namespace NamDinh.Graph.Grains.Tests.Clusters;

/// <summary>
/// One cluster on memory storage, started once and shared by the tests of <see cref="MemoryClusterCollection"/>.
/// Tests share its grains, so each test writes under report keys of its own.
/// </summary>
public sealed class MemoryCluster : IAsyncLifetime
{
    private TestCluster? _cluster;

    public IGrainFactory Grains => (_cluster ?? throw new InvalidOperationException("The cluster has not started.")).GrainFactory;

    public async Task InitializeAsync() => _cluster = await ReportClusters.StartAsync(StorageProvider.Memory);

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
            await _cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class MemoryClusterCollection : ICollectionFixture<MemoryCluster>
{
    public const string Name = "memory cluster";
}
