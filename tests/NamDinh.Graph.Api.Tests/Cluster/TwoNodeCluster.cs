using System.Net;
using System.Net.Sockets;

namespace NamDinh.Graph.Api.Tests.Cluster;

/// <summary>
/// Two nodes in one Orleans cluster, each with its own HTTP host, in this process: node A is the primary, node B
/// joins it through <c>Orleans:PrimarySiloPort</c>. Started once for the tests of <see cref="TwoNodeClusterCollection"/>;
/// it is a cluster of its own, so these tests share nothing with the <see cref="ApiCollection"/> server.
/// </summary>
public sealed class TwoNodeCluster : IAsyncLifetime
{
    public ClusterNode A { get; private set; } = null!;

    public ClusterNode B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var ports = FreePorts(4);
        A = new ClusterNode("A", ports[0], ports[1], primarySiloPort: null);
        B = new ClusterNode("B", ports[2], ports[3], primarySiloPort: ports[0]);
        // Reaching Server starts a node: A first, since B joins A's cluster.
        _ = A.Server;
        _ = B.Server;
        await Wait.UntilAsync(async () => (await ActiveSilosAsync(A)).Count == 2, Wait.Start,
            async () => $"the cluster has {(await ActiveSilosAsync(A)).Count} active silos, not 2");
    }

    /// <summary>The silos the cluster's membership holds active, as <paramref name="node"/> sees them.</summary>
    public static async Task<IReadOnlyDictionary<SiloAddress, SiloStatus>> ActiveSilosAsync(ClusterNode node) =>
        await node.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);

    public async Task DisposeAsync()
    {
        // B leaves first: it depends on A, whose silo keeps the cluster's membership.
        if (B is not null)
            await B.DisposeAsync();
        if (A is not null)
            await A.DisposeAsync();
    }

    /// <summary>Ports free now, distinct from each other: all are held until all are found.</summary>
    public static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(listener => listener.Start());
            return listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }
}

[CollectionDefinition(Name)]
public sealed class TwoNodeClusterCollection : ICollectionFixture<TwoNodeCluster>
{
    public const string Name = "two-node cluster";
}
