using System.Text.RegularExpressions;
using NamDinh.Graph.Api.Tests.Limits;

namespace NamDinh.Graph.Api.Tests.Ids;

/// <summary>
/// A change event carries what a client's cache needs to follow it live: the changed figure under the id of the current
/// figure, the figures before and after as of the versions around the change, and the report under the current
/// report's id at the version the change made. The subscriptions the README shows still run as written.
/// </summary>
public sealed class EventsCarryTheChangedFigureAndTheReport(EventsCarryTheChangedFigureAndTheReport.Server server)
    : IClassFixture<EventsCarryTheChangedFigureAndTheReport.Server>
{
    public sealed class Server() : ConfiguredApi();

    private const string Figure = "postal.revenue";

    [Fact]
    public async Task A_figure_event_carries_the_current_figure_and_the_reports_new_version()
    {
        var own = OwnReport.Next();
        await server.Admin.ImportCopyOfNamDinhAsync(own);
        await using var socket = await GraphQLSocket.ConnectAsync(server.Server);
        var id = await socket.SubscribeAsync("""
            subscription($where: ChangeFilter) {
              indicatorChanged(where: $where) { id cursor version figure { id value } oldValue { id value } newValue { id value } report { id version } }
            }
            """, new { where = new { province = own.Slug, year = own.Year } });
        await server.AdminHttp.WaitForSubscriptionsAsync(1);

        await SetAsync(own, "140");
        var changed = (await socket.NextDataOfAsync(id))["indicatorChanged"];
        await server.Admin.MutateAsync("removeIndicator", own.Input(new { code = Figure }), "version");
        var removed = (await socket.NextDataOfAsync(id))["indicatorChanged"];

        Assert.Equal($"IndicatorChangeEvent:{own.Id}:2:{Figure}", changed.Text("id"));
        Assert.Equal(($"IndicatorValue:{own.Id}:{Figure}", "140"), (changed!["figure"].Text("id"), changed["figure"].Text("value")));
        Assert.Equal(($"IndicatorValue:{own.Id}@1:{Figure}", "130"), (changed["oldValue"].Text("id"), changed["oldValue"].Text("value")));
        Assert.Equal(($"IndicatorValue:{own.Id}@2:{Figure}", "140"), (changed["newValue"].Text("id"), changed["newValue"].Text("value")));
        Assert.Equal(($"Report:{own.Id}", 2), (changed["report"].Text("id"), changed["report"].Int("version")));
        Assert.Null(removed!["figure"]);
        Assert.Null(removed["newValue"]);
        Assert.Equal(($"Report:{own.Id}", 3), (removed["report"].Text("id"), removed["report"].Int("version")));
        await socket.CompleteAsync(id);
        await server.AdminHttp.WaitForSubscriptionsAsync(0);
    }

    [Fact]
    public async Task Asked_for_more_of_the_report_an_event_reads_it()
    {
        var own = OwnReport.Next();
        await server.Admin.ImportCopyOfNamDinhAsync(own);
        await using var socket = await GraphQLSocket.ConnectAsync(server.Server);
        var id = await socket.SubscribeAsync("""
            subscription($p: String, $y: Int) {
              reportChanged(province: $p, year: $y) { id version report { id version indicators(code: "postal.revenue") { id value } } changes { id } }
            }
            """, new { p = own.Slug, y = own.Year });
        await server.AdminHttp.WaitForSubscriptionsAsync(1);

        await SetAsync(own, "150");
        var changed = (await socket.NextDataOfAsync(id))["reportChanged"];

        Assert.Equal($"ReportChangeEvent:{own.Id}:2", changed.Text("id"));
        Assert.Equal(($"Report:{own.Id}", 2), (changed!["report"].Text("id"), changed["report"].Int("version")));
        var figure = Assert.Single(changed["report"].Array("indicators"));
        Assert.Equal(($"IndicatorValue:{own.Id}:{Figure}", "150"), (figure.Text("id"), figure.Text("value")));
        Assert.Equal($"RevisionEntry:{own.Id}@2:indicators:{Figure}", Assert.Single(changed.Array("changes")).Text("id"));
        await socket.CompleteAsync(id);
        await server.AdminHttp.WaitForSubscriptionsAsync(0);
    }

    [Fact]
    public async Task The_subscriptions_the_README_shows_deliver_a_change_of_Nam_Dinhs_postal_revenue()
    {
        var examples = Regex.Matches(File.ReadAllText(RepositoryFiles.PathOf("README.md")), @"^subscription \{.*\}$", RegexOptions.Multiline).Select(match => match.Value).ToList();
        Assert.Equal(2, examples.Count);
        await using var socket = await GraphQLSocket.ConnectAsync(server.Server);
        var ids = new List<string>();
        foreach (var example in examples)
            ids.Add(await socket.SubscribeAsync(example));
        await server.AdminHttp.WaitForSubscriptionsAsync(2);

        await server.Admin.MutateAsync("setIndicator", new { province = "nam-dinh", year = 2021, code = Figure, value = "131", multiplier = "1000000000" }, "version");

        foreach (var id in ids)
            Assert.Contains("36-2021:2", (await socket.NextDataOfAsync(id)).ToJsonString(), StringComparison.Ordinal);
        foreach (var id in ids)
            await socket.CompleteAsync(id);
        await server.AdminHttp.WaitForSubscriptionsAsync(0);
    }

    private Task SetAsync(OwnReport own, string value) =>
        server.Admin.MutateAsync("setIndicator", own.Input(new { code = Figure, value, multiplier = "1000000000" }), "version");
}
