namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// Fifty clients set one figure of one report at the same moment, each to its own value. Every change is
/// acknowledged with its own version, 2 to 51, each once; each stands in the history as acknowledged; and the
/// figure ends as the change acknowledged last (the highest version) set it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FiftyConcurrentChangesAreEachKeptOnce(ApiFactory api)
{
    private const int Writers = 50;
    private const string Code = "press.news-items";

    [Fact]
    public async Task Every_acknowledged_change_has_its_own_version_and_is_in_the_history()
    {
        var client = new GraphQLClient(api.CreateClient());
        var own = OwnReport.Next();
        await client.CreateAsync(own);

        var answers = await Task.WhenAll(Enumerable.Range(1, Writers).Select(async writer =>
        {
            var value = (1000 + writer).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var payload = await client.MutateAsync("setIndicator", own.Input(new { code = Code, value, reason = $"writer {writer}" }), "applied version indicator { value }");
            Assert.True(payload["applied"]!.GetValue<bool>());
            Assert.Equal(value, payload["indicator"].Text("value"));
            return (Version: payload.Int("version"), Value: value, Reason: $"writer {writer}");
        }));

        Assert.Equal(Enumerable.Range(2, Writers), answers.Select(answer => answer.Version).Order());

        var read = await client.ReadAsync(own, $$"""
            version
            indicators(code: "{{Code}}") { value }
            history(first: 100) { totalCount pageInfo { hasNextPage } nodes { version reason operation changes { key newIndicator { value } } } }
            indicatorHistory(code: "{{Code}}", first: 100) { version reason oldValue { value } newValue { value } }
            """);
        Assert.Equal(Writers + 1, read.Int("version"));
        Assert.Equal(answers.MaxBy(answer => answer.Version).Value, read.Array("indicators").Single().Text("value"));

        var history = read["history"]!;
        Assert.Equal(Writers + 1, history.Int("totalCount"));
        Assert.False(history["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var revisions = history.Array("nodes").ToDictionary(node => node.Int("version"));
        Assert.Equal(Enumerable.Range(1, Writers + 1).Reverse(), history.Array("nodes").Select(node => node.Int("version")));
        var figureRevisions = read.Array("indicatorHistory").ToDictionary(node => node.Int("version"));
        Assert.Equal(Writers, figureRevisions.Count);
        foreach (var answer in answers)
        {
            var revision = revisions[answer.Version]!;
            Assert.Equal(answer.Reason, revision.Text("reason"));
            Assert.Equal("setIndicator", revision.Text("operation"));
            Assert.Equal(answer.Value, revision.Array("changes").Single()!["newIndicator"].Text("value"));
            var figure = figureRevisions[answer.Version]!;
            Assert.Equal(answer.Reason, figure.Text("reason"));
            Assert.Equal(answer.Value, figure["newValue"].Text("value"));
            var previous = answers.SingleOrDefault(other => other.Version == answer.Version - 1);
            Assert.Equal(previous.Value, figure["oldValue"]?["value"]?.GetValue<string>());
        }
    }
}
