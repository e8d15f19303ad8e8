namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// WebSockets:MaxSubscriptionsPerConnection (here 2) is how many operations one connection may have running: one
/// more subscribe is answered with an error message TOO_MANY_SUBSCRIPTIONS for its id, the connection stays open, the
/// first two go on receiving, and once one is completed a new subscribe is taken. Another connection has its own count.
/// </summary>
public sealed class MaxSubscriptionsPerConnectionRefusesTheNextSubscribe(MaxSubscriptionsPerConnectionRefusesTheNextSubscribe.Server server)
    : IClassFixture<MaxSubscriptionsPerConnectionRefusesTheNextSubscribe.Server>
{
    public sealed class Server() : ConfiguredApi(("WebSockets:MaxSubscriptionsPerConnection", "2"));

    private const string Follow = "subscription($y: Int) { reportChanged(province: \"nam-dinh\", year: $y) { version } }";

    [Fact]
    public async Task The_third_subscribe_is_refused_and_the_first_two_still_receive()
    {
        const int year = 2031;
        await server.Admin.CreateReportAsync("nam-dinh", year);
        await using var socket = await GraphQLSocket.ConnectAsync(server.Server);
        var first = await socket.SubscribeAsync(Follow, new { y = year });
        var second = await socket.SubscribeAsync(Follow, new { y = year });
        await server.AdminHttp.WaitForSubscriptionsAsync(2);

        var third = await socket.SubscribeAsync(Follow, new { y = year });
        var refusal = await socket.NextOfAsync(third);

        Assert.Equal("error", refusal["type"]!.GetValue<string>());
        var error = Assert.Single(refusal.Array("payload"));
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", error.CodeOf());
        Assert.Contains("2 operations", error.Text("message"));
        await socket.PingAsync();
        Assert.True(socket.IsOpen);

        Assert.Empty((await server.Admin.PostAsync(ServerProbes.SetNewsItems, new { p = "nam-dinh", y = year, value = "1" })).Errors);
        Assert.Equal(2, (await socket.NextResultOfAsync(first))["data"]!["reportChanged"].Int("version"));
        Assert.Equal(2, (await socket.NextResultOfAsync(second))["data"]!["reportChanged"].Int("version"));
        Assert.False(await socket.HasMessageForAsync(third, TimeSpan.FromMilliseconds(200)));

        await socket.CompleteAsync(first);
        await server.AdminHttp.WaitForSubscriptionsAsync(1);
        var fourth = await socket.SubscribeAsync(Follow, new { y = year });
        await server.AdminHttp.WaitForSubscriptionsAsync(2);
        Assert.Empty((await server.Admin.PostAsync(ServerProbes.SetNewsItems, new { p = "nam-dinh", y = year, value = "2" })).Errors);
        Assert.Equal(3, (await socket.NextResultOfAsync(fourth))["data"]!["reportChanged"].Int("version"));
        Assert.Equal(3, (await socket.NextResultOfAsync(second))["data"]!["reportChanged"].Int("version"));

        await socket.DisposeAsync();
        await server.AdminHttp.WaitForSubscriptionsAsync(0);
    }

    [Fact]
    public async Task Each_connection_has_its_own_count()
    {
        const int year = 2032;
        await using var one = await GraphQLSocket.ConnectAsync(server.Server);
        await using var other = await GraphQLSocket.ConnectAsync(server.Server);
        await one.SubscribeAsync(Follow, new { y = year });
        await one.SubscribeAsync(Follow, new { y = year });
        await server.AdminHttp.WaitForSubscriptionsAsync(2);

        var query = await other.NextResultOfAsync(await other.SubscribeAsync("{ units { code } }"));

        Assert.Null(query["errors"]);
        Assert.NotEmpty(query["data"].Array("units"));
        await one.DisposeAsync();
        await server.AdminHttp.WaitForSubscriptionsAsync(0);
    }
}
