namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// WebSockets:MaxExecutingPerConnection (here 1) bounds the answers being made for one connection at once, not what it
/// may ask: twenty queries sent together, and a subscription among them, are each answered in turn.
/// </summary>
public sealed class MaxExecutingPerConnectionLetsOperationsTakeTurns(MaxExecutingPerConnectionLetsOperationsTakeTurns.Server server)
    : IClassFixture<MaxExecutingPerConnectionLetsOperationsTakeTurns.Server>
{
    public sealed class Server() : ConfiguredApi(("WebSockets:MaxExecutingPerConnection", "1"));

    [Fact]
    public async Task Operations_sent_together_are_each_answered()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(server.Server, GraphQLSocket.WithToken(ApiFactory.AdminToken));

        var subscription = await socket.SubscribeAsync("subscription { reportChanged(province: \"nam-dinh\", year: 2021) { version } }");
        var queries = new List<string>();
        for (var each = 0; each < 20; each++)
            queries.Add(await socket.SubscribeAsync("{ report(province: \"nam-dinh\", year: 2021) { key indicators { code value } } }"));

        foreach (var id in queries)
        {
            var next = await socket.NextDataOfAsync(id);
            Assert.Equal("36-2021", next["report"]!["key"]!.GetValue<string>());
        }
        Assert.False(await socket.HasMessageForAsync(subscription, TimeSpan.FromMilliseconds(200)));
    }
}
