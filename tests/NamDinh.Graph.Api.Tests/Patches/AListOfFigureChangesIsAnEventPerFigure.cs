using NamDinh.Graph.Api.Tests.Limits;

namespace NamDinh.Graph.Api.Tests.Patches;

/// <summary>
/// A changeReport of 40 figure changes is one version, and a subscriber to indicatorChanged gets 40 events of that
/// version, one per figure, while a subscriber to reportChanged gets one event listing all 40.
/// </summary>
public sealed class AListOfFigureChangesIsAnEventPerFigure(AListOfFigureChangesIsAnEventPerFigure.Server server)
    : IClassFixture<AListOfFigureChangesIsAnEventPerFigure.Server>
{
    public sealed class Server() : ConfiguredApi();

    [Fact]
    public async Task Forty_figure_changes_in_one_list_are_forty_figure_events_and_one_report_event()
    {
        var own = OwnReport.Next();
        await server.Admin.ImportCopyOfNamDinhAsync(own);
        await using var socket = await GraphQLSocket.ConnectAsync(server.Server);
        var figures = await socket.SubscribeAsync("""
            subscription($where: ChangeFilter) { indicatorChanged(where: $where) { id version operation code oldValue { value } newValue { value } } }
            """, new { where = new { province = own.Slug, year = own.Year } });
        var reports = await socket.SubscribeAsync("""
            subscription($p: String, $y: Int) { reportChanged(province: $p, year: $y) { version operation changes { key } } }
            """, new { p = own.Slug, y = own.Year });
        await server.AdminHttp.WaitForSubscriptionsAsync(2);
        var changes = AListOfChangesIsOneVersion.FigureChanges(own);
        var input = own.Input(new { expectedVersion = 1 });
        input["changes"] = changes;

        var payload = await server.Admin.MutateAsync("changeReport", input, "version");

        var events = new List<System.Text.Json.Nodes.JsonNode>();
        for (var i = 0; i < 40; i++)
            events.Add((await socket.NextDataOfAsync(figures))["indicatorChanged"]!);
        var report = (await socket.NextDataOfAsync(reports))["reportChanged"]!;
        Assert.False(await socket.HasMessageForAsync(figures, TimeSpan.FromMilliseconds(500)));
        Assert.False(await socket.HasMessageForAsync(reports, TimeSpan.FromMilliseconds(100)));

        Assert.Equal(2, payload.Int("version"));
        Assert.All(events, figure => Assert.Equal((2, "changeReport"), (figure.Int("version"), figure.Text("operation"))));
        var codes = changes.Select(change => change!["setIndicator"].Text("code")).ToList();
        Assert.Equal(codes.Order(), events.Select(figure => figure.Text("code")).Order());
        Assert.Equal(40, events.Select(figure => figure.Text("id")).Distinct().Count());
        foreach (var figure in events)
        {
            var sent = changes.Single(change => change!["setIndicator"].Text("code") == figure.Text("code"))!;
            Assert.Equal(sent["setIndicator"].Text("value"), figure["newValue"].Text("value"));
        }
        Assert.Equal(2, report.Int("version"));
        Assert.Equal(40, report.Array("changes").Count);
        await socket.CompleteAsync(figures);
        await socket.CompleteAsync(reports);
        await server.AdminHttp.WaitForSubscriptionsAsync(0);
    }
}
