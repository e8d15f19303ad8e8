using static NamDinh.Graph.Api.Tests.Auth.TestTokens;

namespace NamDinh.Graph.Api.Tests.Auth;

/// <summary>
/// A mutation sent over a WebSocket runs as the holder of the token its connection_init carried: an editor of
/// Nam Định changes Nam Định's report, is FORBIDDEN on Hà Nam's (which stays as it was), and the history names the
/// editor; without a token, UNAUTHENTICATED. Works on the 2043 reports.
/// </summary>
[Collection(AuthServerCollection.Name)]
public sealed class WebSocketOperationsRunAsTheTokensHolder(ApiFactory api)
{
    private const int Year = 2043;

    [Fact]
    public async Task An_editor_of_Nam_Dinh_over_a_WebSocket_changes_Nam_Dinh_and_is_FORBIDDEN_on_Ha_Nam()
    {
        var admin = new GraphQLClient(api.CreateClient());
        await admin.CreateReportAsync("nam-dinh", Year);
        await admin.CreateReportAsync("ha-nam", Year);
        await using var socket = await GraphQLSocket.ConnectAsync(api.Server, GraphQLSocket.WithToken(EditorOf("editor-over-ws", NamDinhCode)));

        var own = await socket.NextResultOfAsync(await socket.SubscribeAsync(ServerProbes.SetNewsItems, new { p = "nam-dinh", y = Year, value = "8" }));
        var other = await socket.NextResultOfAsync(await socket.SubscribeAsync(ServerProbes.SetNewsItems, new { p = "ha-nam", y = Year, value = "8" }));

        Assert.Null(own["errors"]);
        Assert.Equal(2, own["data"]!["setIndicator"].Int("version"));
        Assert.Null(other["data"]!["setIndicator"]);
        Assert.Equal("FORBIDDEN", Assert.Single(other.Array("errors")).CodeOf());
        Assert.Equal(2, await admin.VersionOfAsync("nam-dinh", Year));
        Assert.Equal(1, await admin.VersionOfAsync("ha-nam", Year));
        var history = await admin.PostAsync($$"""{ report(province: "nam-dinh", year: {{Year}}) { history(first: 1) { nodes { by } } } }""");
        Assert.Equal("editor-over-ws", history.Data!["report"]!["history"].Array("nodes")[0].Text("by"));
    }

    [Fact]
    public async Task Without_a_token_a_mutation_over_a_WebSocket_is_UNAUTHENTICATED()
    {
        var admin = new GraphQLClient(api.CreateClient());
        const int year = Year + 1;
        await admin.CreateReportAsync("nam-dinh", year);
        await using var socket = await GraphQLSocket.ConnectAsync(api.Server);

        var refused = await socket.NextResultOfAsync(await socket.SubscribeAsync(ServerProbes.SetNewsItems, new { p = "nam-dinh", y = year, value = "8" }));

        Assert.Null(refused["data"]!["setIndicator"]);
        Assert.Equal("UNAUTHENTICATED", Assert.Single(refused.Array("errors")).CodeOf());
        Assert.Equal(1, await admin.VersionOfAsync("nam-dinh", year));
    }
}
