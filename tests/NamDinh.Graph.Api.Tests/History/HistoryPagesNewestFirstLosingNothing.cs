using System.Globalization;
using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// report.history lists the accepted changes newest first, page by page (first, after = the page's endCursor),
/// with no revision lost or repeated and totalCount the report's version. Each revision tells who (the token's
/// subject), why, which mutation, when, and what it changed with the old and new values.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HistoryPagesNewestFirstLosingNothing(ApiFactory api)
{
    private const string Page = """
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { version } }
        nodes { version at by reason operation changes { part key oldValue newValue oldIndicator { value } newIndicator { value } } }
        """;

    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task Paging_by_five_gives_every_revision_once_newest_first()
    {
        var own = OwnReport.Next();
        await MakeElevenChangesAsync(own);

        var revisions = new List<JsonNode>();
        var hasNext = new List<bool>();
        string? after = null;
        do
        {
            var answer = await _client.PostAsync($$"""
                query($p: String!, $y: Int!, $after: String) { report(province: $p, year: $y) { history(first: 5, after: $after) { {{Page}} } } }
                """, new { p = own.Slug, y = own.Year, after });
            Assert.Empty(answer.Errors);
            var page = answer.Data!["report"]!["history"]!;
            Assert.Equal(12, page.Int("totalCount"));
            var nodes = page.Array("nodes").Select(node => node!).ToList();
            var edges = page.Array("edges");
            Assert.Equal(nodes.Select(node => node.Int("version").ToString(CultureInfo.InvariantCulture)), edges.Select(edge => edge.Text("cursor")));
            Assert.Equal(nodes.Select(node => node.Int("version")), edges.Select(edge => edge!["node"].Int("version")));
            Assert.Equal(edges[^1].Text("cursor"), page["pageInfo"].Text("endCursor"));
            revisions.AddRange(nodes);
            hasNext.Add(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            after = hasNext[^1] ? page["pageInfo"].Text("endCursor") : null;
        }
        while (after is not null && hasNext.Count < 10);

        Assert.Equal(new[] { true, true, false }, hasNext);
        Assert.Equal(Enumerable.Range(1, 12).Reverse(), revisions.Select(revision => revision.Int("version")));
        var times = revisions.Select(revision => DateTimeOffset.Parse(revision.Text("at"), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.All(revisions, revision => Assert.Equal(ApiFactory.AdminSubject, revision.Text("by")));
        Assert.Equal(
            new[] { "removePriority", "removeTask", "updatePriority", "removeIndicator", "updateTask", "setIndicator", "setRanking", "addPriority", "addTask", "setIndicator", "setIndicator", "createReport" },
            revisions.Select(revision => revision.Text("operation")));
        Assert.Equal(Enumerable.Range(2, 11).Reverse().Select(version => $"change {version}"), revisions.Take(11).Select(revision => revision.Text("reason")));
        Assert.Null(revisions[^1]["reason"]);

        var byVersion = revisions.ToDictionary(revision => revision.Int("version"));
        var added = Assert.Single(byVersion[2].Array("changes"));
        Assert.Equal("indicators", added.Text("part"));
        Assert.Equal("press.news-items", added.Text("key"));
        Assert.Null(added!["oldValue"]);
        Assert.Null(added["oldIndicator"]);
        Assert.Equal("1", added["newIndicator"].Text("value"));
        var replaced = Assert.Single(byVersion[7].Array("changes"));
        Assert.Equal("1", replaced!["oldIndicator"].Text("value"));
        Assert.Equal("3", replaced["newIndicator"].Text("value"));
        var removed = Assert.Single(byVersion[9].Array("changes"));
        Assert.Equal("postal.revenue", removed.Text("key"));
        Assert.Contains("\"value\":2", removed.Text("oldValue"));
        Assert.Null(removed!["newValue"]);
        Assert.Null(removed["newIndicator"]);
        var ranking = Assert.Single(byVersion[6].Array("changes"));
        Assert.Equal("rankings", ranking.Text("part"));
        Assert.Null(ranking!["oldIndicator"]);
        Assert.Contains("\"position\":5", ranking.Text("newValue"));
        var edited = Assert.Single(byVersion[8].Array("changes"));
        Assert.Equal("tasks", edited.Text("part"));
        Assert.Contains("Một.", edited.Text("oldValue"));
        Assert.Contains("Một (sửa).", edited.Text("newValue"));
    }

    [Theory]
    [InlineData("first: 0", "first")]
    [InlineData("first: 101", "first")]
    [InlineData("after: \"yesterday\"", "after")]
    public async Task A_page_out_of_bounds_is_BAD_USER_INPUT(string arguments, string field)
    {
        var answer = await _client.PostAsync($$"""{ report(province: "nam-dinh", year: 2021) { history({{arguments}}) { totalCount } } }""");

        Assert.Equal("BAD_USER_INPUT", answer.FirstErrorCode);
        Assert.Equal(field, answer.Errors[0].FieldOf());
    }

    private async Task MakeElevenChangesAsync(OwnReport own)
    {
        await _client.CreateAsync(own);
        var changes = new (string Mutation, object Fields)[]
        {
            ("setIndicator", new { code = "press.news-items", value = "1" }),
            ("setIndicator", new { code = "postal.revenue", value = "2" }),
            ("addTask", new { sector = "INSPECTION", text = "Một." }),
            ("addPriority", new { sector = "GENERAL", text = "Hai." }),
            ("setRanking", new { index = "dti", position = 5, total = 63 }),
            ("setIndicator", new { code = "press.news-items", value = "3" }),
            ("updateTask", new { id = "task-3.4-01", text = "Một (sửa)." }),
            ("removeIndicator", new { code = "postal.revenue" }),
            ("updatePriority", new { id = "priority-6-01", textEn = "Two." }),
            ("removeTask", new { id = "task-3.4-01" }),
            ("removePriority", new { id = "priority-6-01" }),
        };
        var version = 1;
        foreach (var (mutation, fields) in changes)
        {
            var input = own.Input(fields);
            input["reason"] = $"change {++version}";
            Assert.Equal(version, (await _client.MutateAsync(mutation, input, "version")).Int("version"));
        }
    }
}
