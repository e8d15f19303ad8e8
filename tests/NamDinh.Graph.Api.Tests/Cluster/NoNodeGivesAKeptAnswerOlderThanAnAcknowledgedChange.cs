using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Api.Execution;
using NamDinh.Graph.Domain.Provinces;

namespace NamDinh.Graph.Api.Tests.Cluster;

/// <summary>
/// The response cache across nodes, as it is by default: a change acknowledged through node A, then at once the same
/// query on node B, which gave that query's answer from its cache just before the change, 1,000 times: B never gives
/// the old answer. The report grain tells B's inbox before it acknowledges, and the inbox marks the report changed in
/// B's cache before its call returns. A report of its own (province 27, 2093) in the cluster of its own.
/// </summary>
[Collection(TwoNodeClusterCollection.Name)]
public sealed class NoNodeGivesAKeptAnswerOlderThanAnAcknowledgedChange(TwoNodeCluster cluster)
{
    private const int Rounds = 1000;
    private const string Figure = "press.news-items";

    private const string Read = """
        query Figure($province: String!, $year: Int!) {
          report(province: $province, year: $year) { version indicators(code: "press.news-items") { value } }
        }
        """;

    [Fact]
    public async Task A_change_acknowledged_through_one_node_is_seen_at_once_on_the_other_a_thousand_times()
    {
        var report = new OwnReport(ProvinceDirectory.Default.FindByCode("27")!, 2093);
        await cluster.A.GraphQL.CreateAsync(report);
        var keptOnB = cluster.B.Services.GetRequiredService<ResponseCache>();
        var variables = new { province = report.Slug, year = report.Year };
        var stale = new List<string>();
        var givenAgainBeforeTheChange = 0;

        for (var round = 1; round <= Rounds; round++)
        {
            // B answers, then answers again from its cache: the answer it holds is the one before the change.
            await cluster.B.GraphQL.PostAsync(Read, variables);
            var hits = keptOnB.Hits;
            var before = await cluster.B.GraphQL.PostAsync(Read, variables);
            if (keptOnB.Hits > hits)
                givenAgainBeforeTheChange++;

            var value = round.ToString(CultureInfo.InvariantCulture);
            var payload = await cluster.A.GraphQL.MutateAsync("setIndicator", report.Input(new { code = Figure, value, reason = "cache across nodes" }), "applied version");
            var after = await cluster.B.GraphQL.PostAsync(Read, variables);

            Assert.True(payload["applied"]!.GetValue<bool>());
            var version = payload["version"]!.GetValue<int>();
            var seen = after.Data!["report"]!;
            if (seen["version"]!.GetValue<int>() != version || seen["indicators"]![0]!["value"]!.GetValue<string>() != value)
                stale.Add($"round {round}: acknowledged version {version} = {value}, B gave {seen.ToJsonString()} (before: {before.Data!["report"]!.ToJsonString()})");
        }

        Assert.True(stale.Count == 0, $"{stale.Count} of {Rounds} answers on B were older than the change acknowledged through A:\n{string.Join('\n', stale.Take(10))}");
        Assert.Equal(Rounds, givenAgainBeforeTheChange);
    }
}
