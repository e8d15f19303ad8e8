using static NamDinh.Graph.Api.Tests.Auth.TestTokens;

namespace NamDinh.Graph.Api.Tests.Auth;

/// <summary>
/// Who made a change is the token's subject: the history's "by" of each revision, in the report's history and in a
/// figure's. Works on Nam Định's 2042 report.
/// </summary>
[Collection(AuthServerCollection.Name)]
public sealed class HistoryRecordsTheTokensSubject(ApiFactory api)
{
    [Fact]
    public async Task A_change_by_editor_alice_is_recorded_as_by_editor_alice()
    {
        var admin = new GraphQLClient(api.CreateClient());
        await admin.CreateReportAsync("nam-dinh", 2042);
        var alice = api.GraphQLWith(EditorOf("editor-alice", NamDinhCode));
        var bob = api.GraphQLWith(EditorOf("editor-bob", NamDinhCode, HaNamCode));

        Assert.Empty((await alice.PostAsync(ServerProbes.SetNewsItems, new { p = "nam-dinh", y = 2042, value = "1" })).Errors);
        Assert.Empty((await bob.PostAsync(ServerProbes.SetNewsItems, new { p = "36", y = 2042, value = "2" })).Errors);

        var answer = await admin.PostAsync("""
            {
              report(province: "nam-dinh", year: 2042) {
                history { nodes { version by operation reason } }
                indicatorHistory(code: "press.news-items") { version by }
              }
            }
            """);
        Assert.True(answer.Errors.Count == 0, answer.Text);
        var history = answer.Data!["report"]!["history"].Array("nodes");
        Assert.Equal(new[] { 3, 2, 1 }, history.Select(node => node.Int("version")));
        Assert.Equal(new[] { "editor-bob", "editor-alice", ApiFactory.AdminSubject }, history.Select(node => node.Text("by")));
        Assert.Equal("auth test", history[1].Text("reason"));
        var figure = answer.Data["report"].Array("indicatorHistory");
        Assert.Equal(new[] { "editor-bob", "editor-alice" }, figure.Select(node => node.Text("by")));
    }
}
