using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Api.Execution.Subscriptions;
using NamDinh.Graph.Api.Tests.Limits;

namespace NamDinh.Graph.Api.Tests.Subscriptions;

/// <summary>
/// Subscribers whose operations have the same document, operation name and variables share one execution per change
/// and are sent the same answer, over WebSockets and event streams alike; a subscriber that asked differently has an
/// execution of its own, and one whose filter leaves a change out is sent nothing and costs no execution.
/// </summary>
public sealed class SubscribersAskingAlikeShareOneExecution(SubscribersAskingAlikeShareOneExecution.Server server)
    : IClassFixture<SubscribersAskingAlikeShareOneExecution.Server>
{
    public sealed class Server() : ConfiguredApi();

    private const string ReportChanged = "subscription($p: String, $y: Int) { reportChanged(province: $p, year: $y) { id cursor version by reason } }";

    private SubscriptionFanOut FanOut => server.Factory.Services.GetRequiredService<SubscriptionFanOut>();

    [Fact]
    public async Task Five_subscribers_asking_alike_get_the_same_answer_from_one_execution()
    {
        var own = OwnReport.Next();
        await server.Admin.ImportCopyOfNamDinhAsync(own);
        var sockets = new List<(GraphQLSocket Socket, string Id)>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                var socket = await GraphQLSocket.ConnectAsync(server.Server);
                sockets.Add((socket, await socket.SubscribeAsync(ReportChanged, new { p = own.Slug, y = own.Year })));
            }
            await server.AdminHttp.WaitForSubscriptionsAsync(5);
            var (executions, shared) = (FanOut.Executions, FanOut.Shared);

            await SetAsync(own, "140");
            var payloads = new List<string>();
            foreach (var (socket, id) in sockets)
                payloads.Add((await socket.NextOfAsync(id))["payload"]!.ToJsonString());

            Assert.Equal(1, FanOut.Executions - executions);
            Assert.Equal(4, FanOut.Shared - shared);
            Assert.Single(payloads.Distinct());
            Assert.Contains($"\"id\":\"ReportChangeEvent:{own.Id}:2\"", payloads[0], StringComparison.Ordinal);
        }
        finally
        {
            foreach (var (socket, _) in sockets)
                await socket.DisposeAsync();
        }
        await server.AdminHttp.WaitForSubscriptionsAsync(0);
    }

    [Fact]
    public async Task Different_variables_are_executed_apart_and_a_filter_that_leaves_a_change_out_gets_nothing()
    {
        var own = OwnReport.Next();
        var other = OwnReport.Next();
        await server.Admin.ImportCopyOfNamDinhAsync(own);
        await server.Admin.ImportCopyOfNamDinhAsync(other);
        await using var socket = await GraphQLSocket.ConnectAsync(server.Server);
        var byProvinceAndYear = await socket.SubscribeAsync(ReportChanged, new { p = own.Slug, y = own.Year });
        var byProvince = await socket.SubscribeAsync(ReportChanged, new { p = own.Slug });
        var sameAsFirst = await socket.SubscribeAsync(ReportChanged, new { p = own.Slug, y = own.Year });
        var otherReport = await socket.SubscribeAsync(ReportChanged, new { p = other.Slug, y = other.Year });
        await server.AdminHttp.WaitForSubscriptionsAsync(4);
        var executions = FanOut.Executions;

        await SetAsync(own, "150");
        var first = (await socket.NextOfAsync(byProvinceAndYear))["payload"]!.ToJsonString();
        var second = (await socket.NextOfAsync(byProvince))["payload"]!.ToJsonString();
        var third = (await socket.NextOfAsync(sameAsFirst))["payload"]!.ToJsonString();

        Assert.Equal(2, FanOut.Executions - executions);
        Assert.Equal(first, second);
        Assert.Equal(first, third);
        Assert.False(await socket.HasMessageForAsync(otherReport, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Figure_events_are_executed_once_per_figure_and_arrive_in_order()
    {
        var own = OwnReport.Next();
        await server.Admin.ImportCopyOfNamDinhAsync(own);
        const string IndicatorChanged = "subscription($where: ChangeFilter) { indicatorChanged(where: $where) { id version figure { value } } }";
        await using var one = await GraphQLSocket.ConnectAsync(server.Server);
        await using var two = await GraphQLSocket.ConnectAsync(server.Server);
        var where = new { where = new { province = own.Slug, year = own.Year } };
        var first = await one.SubscribeAsync(IndicatorChanged, where);
        var second = await two.SubscribeAsync(IndicatorChanged, where);
        await server.AdminHttp.WaitForSubscriptionsAsync(2);
        var executions = FanOut.Executions;

        for (var value = 160; value < 165; value++)
            await SetAsync(own, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        for (var version = 2; version < 7; version++)
        {
            var a = (await one.NextDataOfAsync(first))["indicatorChanged"];
            var b = (await two.NextDataOfAsync(second))["indicatorChanged"];
            Assert.Equal(version, a.Int("version"));
            Assert.Equal(a!.ToJsonString(), b!.ToJsonString());
        }
        Assert.Equal(5, FanOut.Executions - executions);
    }

    [Fact]
    public async Task An_event_stream_and_a_WebSocket_asking_alike_share_the_execution_and_the_answer()
    {
        var own = OwnReport.Next();
        await server.Admin.ImportCopyOfNamDinhAsync(own);
        await using var socket = await GraphQLSocket.ConnectAsync(server.Server);
        var id = await socket.SubscribeAsync(ReportChanged, new { p = own.Slug, y = own.Year });
        using var http = server.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = ReportChanged, variables = new { p = own.Slug, y = own.Year } }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await server.AdminHttp.WaitForSubscriptionsAsync(2);
        var executions = FanOut.Executions;

        await SetAsync(own, "170");
        var overWebSocket = (await socket.NextOfAsync(id))["payload"]!.ToJsonString();
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Equal("event: next", await events.ReadLineAsync(timeout.Token));
        var data = await events.ReadLineAsync(timeout.Token);

        Assert.Equal($"data: {overWebSocket}", data);
        Assert.Equal(1, FanOut.Executions - executions);
    }

    private Task SetAsync(OwnReport own, string value) =>
        server.Admin.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value, multiplier = "1000000000" }), "version");
}
