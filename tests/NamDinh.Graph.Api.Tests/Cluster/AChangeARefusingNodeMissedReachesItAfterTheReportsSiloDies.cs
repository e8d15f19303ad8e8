using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NamDinh.Graph.Abstractions.Changes;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Storage;
using Orleans.Runtime.Placement;

namespace NamDinh.Graph.Api.Tests.Cluster;

/// <summary>
/// Two failures at once (issue 18, item 3): node A's inbox refuses a change, and before the report grain tells it again
/// the silo that grain lives on (node B's) is killed; no later change of the report comes. A's subscriber still gets the
/// change, because A reconciles what it delivered with the catalog's marks and reads what is missing from the report's
/// history. The two nodes share one report store, as nodes share one storage account; A starts first and holds the
/// catalog, so the catalog outlives B; B is killed the way Orleans' test cluster kills a silo (stopped with a cancelled token).
/// A cluster of its own: it ends with one node dead.
/// </summary>
public sealed class AChangeARefusingNodeMissedReachesItAfterTheReportsSiloDies
{
    /// <summary>How often the nodes reconcile here; zero turns reconciliation off, which this test must then fail.</summary>
    private static readonly TimeSpan ReconcileEvery = TimeSpan.FromSeconds(2);

    private const string ReportChanged = "subscription Follow($province: String, $year: Int) { reportChanged(province: $province, year: $year) { cursor version } }";

    [Fact]
    public async Task The_subscriber_of_the_node_that_refused_gets_the_change()
    {
        var store = new InMemoryReportStore();
        var ports = TwoNodeCluster.FreePorts(4);
        var inboxOfA = new RefusingReceiver();
        await using var a = new ClusterNode("A", ports[0], ports[1], primarySiloPort: null, builder => Configure(builder, store, inboxOfA));
        var b = new ClusterNode("B", ports[2], ports[3], primarySiloPort: ports[0], builder => Configure(builder, store, inbox: null));
        try
        {
            _ = a.Server;
            // The catalog is placed while A is the only silo, so B's death does not take it.
            await a.Grains.GetReportCatalog().ListAsync();
            _ = b.Server;
            await Wait.UntilAsync(async () => (await TwoNodeCluster.ActiveSilosAsync(a)).Count == 2, Wait.Start, async () => "B did not join A");
            var siloOfB = (await TwoNodeCluster.ActiveSilosAsync(a)).Keys.Single(silo => silo.Endpoint.Port == b.SiloPort);
            var report = await ReportLivingOnAsync(b, siloOfB);

            await using var client = await a.ConnectAsync();
            var events = await client.SubscribeAsync(ReportChanged, new { province = report.Slug, year = report.Year });
            await a.WaitForSubscriptionsAsync(1);
            inboxOfA.Refuse = report.Key;
            var version = await SetAsync(b, report, "4100");
            // The change is stored and acknowledged; A refused it, and B's report grain keeps it for A. Now B dies.
            await b.Services.GetRequiredService<Silo>().StopAsync(new CancellationToken(canceled: true));
            inboxOfA.Refuse = null;

            Assert.Equal(2, version);
            Assert.True(inboxOfA.Refused > 0, "A's inbox never refused the change");
            Assert.True(await client.HasMessageForAsync(events, TimeSpan.FromSeconds(45)), $"A's subscriber never got version {version}");
            var change = (await client.NextDataOfAsync(events))["reportChanged"]!;
            Assert.Equal($"{report.Id}:2", change["cursor"]!.GetValue<string>());
            Assert.False(await client.HasMessageForAsync(events, ReconcileEvery * 2), "A's subscriber got a change twice");
        }
        finally
        {
            try
            {
                await b.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20));
            }
            catch (Exception)
            {
                // B's silo is dead already; its host may not stop cleanly.
            }
        }
    }

    private static void Configure(IWebHostBuilder builder, InMemoryReportStore store, RefusingReceiver? inbox)
    {
        builder.UseSetting("Changes:ReconcileEvery", ReconcileEvery.ToString());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IReportStore>(store);
            if (inbox is null)
                return;
            services.RemoveAll<IChangeReceiver>();
            services.AddSingleton<IChangeReceiver>(provider => inbox.Passing(provider.GetRequiredService<ChangeFeed>()));
        });
    }

    /// <summary>
    /// A new report whose grain lives on <paramref name="silo"/>: its grain is first activated there by a call carrying
    /// Orleans' placement hint (the default placement would choose by load, not always B), then the report is created
    /// through <paramref name="node"/>.
    /// </summary>
    private static async Task<OwnReport> ReportLivingOnAsync(ClusterNode node, SiloAddress silo)
    {
        var report = OwnReport.Next();
        var grain = node.Grains.GetReportGrain(report.Key);
        RequestContext.Set(IPlacementDirector.PlacementHintKey, silo);
        try
        {
            await grain.GetAsync();
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }
        await node.GraphQL.CreateAsync(report);
        Assert.Equal(silo, await node.Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grain));
        return report;
    }

    private static async Task<int> SetAsync(ClusterNode node, OwnReport report, string value)
    {
        var payload = await node.GraphQL.MutateAsync("setIndicator", report.Input(new { code = "press.news-items", value }), "applied version");
        Assert.True(payload["applied"]!.GetValue<bool>());
        return payload["version"]!.GetValue<int>();
    }

    /// <summary>A node's receiver that refuses every change of one report while told to (the inbox's call then fails), and passes the rest on.</summary>
    private sealed class RefusingReceiver : IChangeReceiver
    {
        private IChangeReceiver? _next;
        private int _refused;

        public ReportKey? Refuse { get; set; }

        public int Refused => _refused;

        public IChangeReceiver Passing(IChangeReceiver next)
        {
            _next = next;
            return this;
        }

        public void Receive(ReportChange change)
        {
            if (change.Key == Refuse)
            {
                Interlocked.Increment(ref _refused);
                throw new InvalidOperationException($"The test's inbox refuses change {change.Cursor}.");
            }
            _next!.Receive(change);
        }
    }
}
