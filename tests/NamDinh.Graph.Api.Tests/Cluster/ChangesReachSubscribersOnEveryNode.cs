using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using NamDinh.Graph.Abstractions.Changes;
using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;
using Orleans.Core.Internal;

namespace NamDinh.Graph.Api.Tests.Cluster;

/// <summary>
/// In a cluster of two nodes, a change made through one node reaches the subscribers of the other, with the
/// version and values it stored, each change once and in version order; and only a stored change does: a refused change, a version
/// conflict or a dry run sends nothing, and a subscriber that hears of a change can read it at once on its node.
/// Each test writes synthetic reports of its own province and year (2094–2099), in a cluster of its own.
/// </summary>
[Collection(TwoNodeClusterCollection.Name)]
public sealed class ChangesReachSubscribersOnEveryNode(TwoNodeCluster cluster) : IAsyncLifetime
{
    private const string ReportChanged = """
        subscription Follow($province: String, $year: Int) {
          reportChanged(province: $province, year: $year) {
            cursor version year province { code } by operation
            changes { part key oldIndicator { value } newIndicator { value } }
          }
        }
        """;

    private const string Figure = "press.news-items";

    // Every test starts and ends with no subscription on either node: a subscription ends with its client.
    public async Task InitializeAsync()
    {
        await cluster.A.WaitForSubscriptionsAsync(0);
        await cluster.B.WaitForSubscriptionsAsync(0);
    }

    public async Task DisposeAsync()
    {
        await cluster.A.WaitForSubscriptionsAsync(0);
        await cluster.B.WaitForSubscriptionsAsync(0);
    }

    [Fact]
    public async Task The_cluster_has_two_active_silos_seen_alike_from_both_nodes()
    {
        var fromA = await TwoNodeCluster.ActiveSilosAsync(cluster.A);
        var fromB = await TwoNodeCluster.ActiveSilosAsync(cluster.B);

        Assert.Equal(2, fromA.Count);
        Assert.Equal(fromA.Keys.Order(), fromB.Keys.Order());
        Assert.Equal(new[] { cluster.A.SiloPort, cluster.B.SiloPort }.Order(), fromA.Keys.Select(silo => silo.Endpoint.Port).Order());
    }

    [Theory]
    [InlineData("A", "B", "01", 2095)]
    [InlineData("B", "A", "79", 2097)]
    public async Task A_change_made_through_one_node_reaches_a_subscriber_on_the_other(string writer, string reader, string province, int year)
    {
        var (through, on) = (Node(writer), Node(reader));
        var report = new OwnReport(ProvinceDirectory.Default.FindByCode(province)!, year);
        await through.GraphQL.CreateAsync(report);
        await using var client = await on.ConnectAsync();
        var events = await client.SubscribeAsync(ReportChanged, new { province = report.Slug, year });
        await on.WaitForSubscriptionsAsync(1);

        var version = await SetAsync(through, report, "3200");
        var arrived = await client.NextDataOfAsync(events);

        Assert.Equal(2, version);
        AssertEvent(arrived["reportChanged"], report, version: 2, oldValue: null, newValue: "3200");
    }

    [Fact]
    public async Task Changes_made_through_both_nodes_reach_the_subscribers_of_both_once_each()
    {
        var report = new OwnReport(ProvinceDirectory.Default.FindByCode("48")!, 2096);
        await cluster.A.GraphQL.CreateAsync(report);
        await using var clientOnA = await cluster.A.ConnectAsync();
        await using var clientOnB = await cluster.B.ConnectAsync();
        var onA = await clientOnA.SubscribeAsync(ReportChanged, new { province = report.Province.Code, year = report.Year });
        var onB = await clientOnB.SubscribeAsync(ReportChanged, new { province = report.Slug });
        await cluster.A.WaitForSubscriptionsAsync(1);
        await cluster.B.WaitForSubscriptionsAsync(1);

        // Ten changes, alternately through A and B, one after the other: versions 2 to 11, values 1 to 10.
        for (var value = 1; value <= 10; value++)
            Assert.Equal(value + 1, await SetAsync(value % 2 == 0 ? cluster.A : cluster.B, report, value.ToString(CultureInfo.InvariantCulture)));

        foreach (var (client, events) in new[] { (clientOnA, onA), (clientOnB, onB) })
        {
            var received = await TakeAsync(client, events, 10);
            Assert.Equal(Enumerable.Range(2, 10), received.Select(change => change.Int("version")).Order());
            foreach (var change in received)
            {
                var value = change.Int("version") - 1;
                AssertEvent(change, report, version: value + 1, oldValue: value == 1 ? null : (value - 1).ToString(CultureInfo.InvariantCulture), newValue: value.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>
    /// Each node hands a report's changes to its subscribers in version order, wherever they were made. (Once, when
    /// a hub relayed changes with one-way calls, those calls overtook each other across silos and node B was seen to
    /// receive … 14 16 15 17 … in 5 runs of 8.)
    /// </summary>
    [Fact]
    public async Task Each_node_receives_a_reports_changes_in_version_order()
    {
        var report = new OwnReport(ProvinceDirectory.Default.FindByCode("31")!, 2098);
        await using var followers = await FollowOnBothNodesAsync(report);
        var (clientOnA, onA, clientOnB, onB) = (followers.OnA, followers.EventsOnA, followers.OnB, followers.EventsOnB);

        for (var value = 1; value <= 30; value++)
            await SetAsync(value % 2 == 0 ? cluster.A : cluster.B, report, value.ToString(CultureInfo.InvariantCulture));

        foreach (var (node, client, events) in new[] { ("A", clientOnA, onA), ("B", clientOnB, onB) })
        {
            var versions = (await TakeAsync(client, events, 30)).Select(change => change.Int("version")).ToList();
            Assert.True(versions.SequenceEqual(Enumerable.Range(2, 30)), $"Node {node} received versions {string.Join(' ', versions)}");
        }
    }

    [Fact]
    public async Task Only_a_stored_change_is_sent_and_it_can_be_read_on_the_subscribers_node_when_it_arrives()
    {
        var report = new OwnReport(ProvinceDirectory.Default.FindByCode("92")!, 2099);
        await cluster.A.GraphQL.CreateAsync(report);
        await using var client = await cluster.B.ConnectAsync();
        var events = await client.SubscribeAsync(ReportChanged, new { province = report.Slug, year = report.Year });
        await cluster.B.WaitForSubscriptionsAsync(1);

        var negative = await cluster.A.GraphQL.TryMutateAsync("setIndicator", report.Input(new { code = Figure, value = "-1" }));
        var stale = await cluster.A.GraphQL.TryMutateAsync("setIndicator", report.Input(new { code = Figure, value = "7", expectedVersion = 5 }));
        var dryRun = await cluster.A.GraphQL.MutateAsync("setIndicator", report.Input(new { code = Figure, value = "8", dryRun = true }));
        var stored = await SetAsync(cluster.A, report, "9");
        var arrived = await client.NextDataOfAsync(events);
        var readOnB = await ReadFigureAsync(cluster.B, report);

        Assert.Equal("BAD_USER_INPUT", negative.FirstErrorCode);
        Assert.Equal("VERSION_CONFLICT", stale.FirstErrorCode);
        Assert.False(dryRun["applied"]!.GetValue<bool>());
        Assert.Equal(2, stored);
        // The first event is the stored change: none was sent for the three before it.
        AssertEvent(arrived["reportChanged"], report, version: 2, oldValue: null, newValue: "9");
        Assert.Equal("""{"version":2,"indicators":[{"value":"9"}]}""", readOnB.ToJsonString());
    }

    /// <summary>
    /// Each node's inbox for changes lives on the node's own silo. Deactivated (as the runtime may do to any grain), it
    /// starts again there with the next change, and that change still reaches the node's subscribers.
    /// </summary>
    [Fact]
    public async Task A_change_made_after_a_node_inbox_was_deactivated_reaches_the_subscribers_of_both_nodes()
    {
        var report = new OwnReport(ProvinceDirectory.Default.FindByCode("56")!, 2094);
        await using var followers = await FollowOnBothNodesAsync(report);

        foreach (var node in await TwoNodeCluster.ActiveSilosAsync(cluster.A))
            await cluster.A.Grains.GetGrain<IChangeNodeGrain>(IChangeNodeGrain.KeyOf(node.Key)).AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        var version = await SetAsync(cluster.B, report, "56");

        AssertEvent((await followers.OnA.NextDataOfAsync(followers.EventsOnA))["reportChanged"], report, version, oldValue: null, newValue: "56");
        AssertEvent((await followers.OnB.NextDataOfAsync(followers.EventsOnB))["reportChanged"], report, version, oldValue: null, newValue: "56");
    }

    /// <summary>A node's inbox is activated on the silo its key names, and on no other: a silo gone has no inbox anywhere.</summary>
    [Fact]
    public async Task Each_node_inbox_lives_on_its_own_silo_and_a_silo_not_in_the_cluster_has_none()
    {
        var management = cluster.A.Grains.GetGrain<IManagementGrain>(0);
        foreach (var node in (await TwoNodeCluster.ActiveSilosAsync(cluster.A)).Keys)
        {
            var inbox = cluster.A.Grains.GetGrain<IChangeNodeGrain>(IChangeNodeGrain.KeyOf(node));
            await inbox.TakeAsync(new ReportChange(ReportKey.Parse("01-2094"), new Revision(1, DateTimeOffset.UnixEpoch, "test", null, "seed", [])));
            Assert.Equal(node, await management.GetActivationAddress(inbox));
        }

        var gone = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 1), 1);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => cluster.B.Grains.GetGrain<IChangeNodeGrain>(IChangeNodeGrain.KeyOf(gone))
            .TakeAsync(new ReportChange(ReportKey.Parse("01-2094"), new Revision(1, DateTimeOffset.UnixEpoch, "test", null, "seed", []))));
        Assert.Contains("not an active member of the cluster", refused.ToString());
    }

    /// <summary>Creates <paramref name="report"/> and follows its changes with a subscriber on each node.</summary>
    private async Task<Followers> FollowOnBothNodesAsync(OwnReport report)
    {
        await cluster.A.GraphQL.CreateAsync(report);
        var onA = await cluster.A.ConnectAsync();
        var onB = await cluster.B.ConnectAsync();
        var followers = new Followers(onA, await onA.SubscribeAsync(ReportChanged, new { province = report.Slug, year = report.Year }),
            onB, await onB.SubscribeAsync(ReportChanged, new { province = report.Slug, year = report.Year }));
        await cluster.A.WaitForSubscriptionsAsync(1);
        await cluster.B.WaitForSubscriptionsAsync(1);
        return followers;
    }

    private sealed record Followers(GraphQLSocket OnA, string EventsOnA, GraphQLSocket OnB, string EventsOnB) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await OnA.DisposeAsync();
            await OnB.DisposeAsync();
        }
    }

    private ClusterNode Node(string name) => name == "A" ? cluster.A : cluster.B;

    private static async Task<List<JsonNode>> TakeAsync(GraphQLSocket client, string events, int count)
    {
        var received = new List<JsonNode>();
        for (var taken = 0; taken < count; taken++)
            received.Add((await client.NextDataOfAsync(events))["reportChanged"]!);
        return received;
    }

    /// <summary>Sets the report's figure through <paramref name="node"/>; answers the report's new version.</summary>
    private static async Task<int> SetAsync(ClusterNode node, OwnReport report, string value)
    {
        var payload = await node.GraphQL.MutateAsync("setIndicator", report.Input(new { code = Figure, value, reason = $"through node {node.Name}" }), "applied version");
        Assert.True(payload["applied"]!.GetValue<bool>());
        return payload["version"]!.GetValue<int>();
    }

    private static async Task<JsonNode> ReadFigureAsync(ClusterNode node, OwnReport report)
    {
        var answer = await node.GraphQL.PostAsync(
            "query($province: String!, $year: Int!, $code: String) { report(province: $province, year: $year) { version indicators(code: $code) { value } } }",
            new { province = report.Slug, year = report.Year, code = Figure });
        Assert.True(answer.Errors.Count == 0, answer.Text);
        return answer.Data!["report"]!;
    }

    private static void AssertEvent(JsonNode? change, OwnReport report, int version, string? oldValue, string newValue)
    {
        Assert.NotNull(change);
        Assert.Equal($"{report.Id}:{version}", change.Text("cursor"));
        Assert.Equal(version, change.Int("version"));
        Assert.Equal(report.Year, change.Int("year"));
        Assert.Equal(report.Province.Code, change["province"].Text("code"));
        Assert.Equal("setIndicator", change.Text("operation"));
        Assert.Equal(ApiFactory.AdminSubject, change.Text("by"));
        var entry = Assert.Single(change.Array("changes"));
        Assert.Equal(("indicators", Figure), (entry.Text("part"), entry.Text("key")));
        Assert.Equal(oldValue, entry!["oldIndicator"]?["value"]?.GetValue<string>());
        Assert.Equal(newValue, entry["newIndicator"].Text("value"));
    }
}
