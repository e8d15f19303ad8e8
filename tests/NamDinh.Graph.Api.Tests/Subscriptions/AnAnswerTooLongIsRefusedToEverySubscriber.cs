using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Api.Execution.Subscriptions;
using NamDinh.Graph.Api.Tests.Limits;

namespace NamDinh.Graph.Api.Tests.Subscriptions;

/// <summary>
/// A shared event's answer is held to Limits:MaxResponseBytes (here 4000) as any other: every subscriber that asked
/// for it gets RESPONSE_TOO_LARGE in its place, from the one execution, and keeps its subscription.
/// </summary>
public sealed class AnAnswerTooLongIsRefusedToEverySubscriber(AnAnswerTooLongIsRefusedToEverySubscriber.Server server)
    : IClassFixture<AnAnswerTooLongIsRefusedToEverySubscriber.Server>
{
    public sealed class Server() : ConfiguredApi(("Limits:MaxResponseBytes", "4000"));

    [Fact]
    public async Task Every_subscriber_gets_RESPONSE_TOO_LARGE_and_then_the_next_event()
    {
        var own = OwnReport.Next();
        await server.Admin.MutateAsync("createReport", own.Input(new { synthetic = true }), "version");
        var fanOut = server.Factory.Services.GetRequiredService<SubscriptionFanOut>();
        // Ten copies of a 500-character reason: longer than 4000 bytes.
        var reasons = string.Join(' ', Enumerable.Range(0, 10).Select(i => $"r{i}: reason"));
        var longer = $"subscription($p: String, $y: Int) {{ reportChanged(province: $p, year: $y) {{ version {reasons} }} }}";
        const string Short = "subscription($p: String, $y: Int) { reportChanged(province: $p, year: $y) { version } }";
        await using var one = await GraphQLSocket.ConnectAsync(server.Server);
        await using var two = await GraphQLSocket.ConnectAsync(server.Server);
        var variables = new { p = own.Slug, y = own.Year };
        var (longOne, longTwo) = (await one.SubscribeAsync(longer, variables), await two.SubscribeAsync(longer, variables));
        var shortOne = await one.SubscribeAsync(Short, variables);
        await server.AdminHttp.WaitForSubscriptionsAsync(3);
        var executions = fanOut.Executions;

        await server.Admin.MutateAsync("setIndicator", own.Input(new { code = "press.news-items", value = "1", confirmImplausible = true, reason = new string('x', 500) }), "version");

        foreach (var (socket, id) in new[] { (one, longOne), (two, longTwo) })
        {
            var message = await socket.NextOfAsync(id);
            Assert.Equal("next", message["type"]!.GetValue<string>());
            Assert.Equal("RESPONSE_TOO_LARGE", message["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            Assert.Null(message["payload"]!["data"]);
        }
        Assert.Equal(2, (await one.NextDataOfAsync(shortOne))["reportChanged"].Int("version"));
        Assert.Equal(2, fanOut.Executions - executions);
        Assert.True(one.IsOpen && two.IsOpen);
    }
}
