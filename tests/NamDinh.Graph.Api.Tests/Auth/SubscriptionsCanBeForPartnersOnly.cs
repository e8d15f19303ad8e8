using System.Text.Json.Nodes;
using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Tests.Limits;
using static NamDinh.Graph.Api.Tests.Auth.TestTokens;

namespace NamDinh.Graph.Api.Tests.Auth;

/// <summary>
/// With Auth:PartnersOnlySubscriptions set to true, a WebSocket whose connection_init carries no token is closed with
/// 4403; a reader's token connects, but its subscribe is answered with an error message FORBIDDEN (its queries still
/// run); a partner's (or an admin's) subscription receives the changes. A token that is not valid closes with 4403.
/// Over server-sent events a reader's subscription is refused FORBIDDEN and an anonymous one UNAUTHENTICATED.
/// </summary>
public sealed class SubscriptionsCanBeForPartnersOnly(SubscriptionsCanBeForPartnersOnly.Server server) : IClassFixture<SubscriptionsCanBeForPartnersOnly.Server>
{
    public sealed class Server() : ConfiguredApi(("Auth:PartnersOnlySubscriptions", "true"));

    private const string Follow = """
        subscription($p: String, $y: Int) { reportChanged(province: $p, year: $y) { cursor version by operation } }
        """;

    public static TheoryData<string, string?> WithoutAToken => new()
    {
        { "no payload", null },
        { "an empty payload", "{}" },
        { "an empty token", """{"token":""}""" },
        { "other fields", """{"user":"partner"}""" },
    };

    [Theory]
    [MemberData(nameof(WithoutAToken))]
    public async Task A_connection_init_without_a_token_is_closed_with_4403(string what, string? payload)
    {
        await using var socket = await GraphQLSocket.OpenAsync(server.Server);

        await socket.InitAsync(payload is null ? null : JsonNode.Parse(payload)!.AsObject());
        var (code, _) = await socket.ClosedAsync();

        Assert.True(code == 4403, $"{what}: closed with {code}");
    }

    [Fact]
    public async Task A_token_that_is_not_valid_is_closed_with_4403()
    {
        await using var socket = await GraphQLSocket.OpenAsync(server.Server);

        await socket.InitAsync(GraphQLSocket.WithToken("garbage"));

        Assert.Equal(4403, (await socket.ClosedAsync()).Code);
    }

    [Fact]
    public async Task A_readers_subscribe_is_FORBIDDEN_and_the_connection_stays_open_for_its_queries()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(server.Server, GraphQLSocket.WithToken(Reader("reader-ray")));

        var refused = await socket.NextOfAsync(await socket.SubscribeAsync(Follow, new { p = "nam-dinh" }));
        var query = await socket.NextResultOfAsync(await socket.SubscribeAsync("{ units { code } }"));

        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", refused["payload"]![0].CodeOf());
        Assert.Null(query["errors"]);
        await socket.PingAsync();
        Assert.True(socket.IsOpen);
        await server.AdminHttp.WaitForSubscriptionsAsync(0);
    }

    [Fact]
    public async Task Over_server_sent_events_a_readers_subscription_is_FORBIDDEN_and_an_anonymous_one_UNAUTHENTICATED()
    {
        foreach (var (token, code) in new[] { (Reader(), "FORBIDDEN"), ((string?)null, "UNAUTHENTICATED") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { query = "subscription { reportChanged { version } }" }),
            };
            request.Headers.Accept.Add(new System.Net.Http.Headers.MediaTypeWithQualityHeaderValue("text/event-stream"));

            using var response = await server.Factory.ClientWith(token).SendAsync(request);
            var answer = await GraphQLAnswer.ReadAsync(response);

            Assert.Equal(code, answer.FirstErrorCode);
            Assert.InRange(answer.Status, 400, 499);
            Assert.Null(answer.Data);
        }
    }

    [Theory]
    [InlineData("partner")]
    [InlineData("admin")]
    public async Task A_partners_or_admins_subscription_receives_a_change_made_by_an_admin(string role)
    {
        var year = role == "partner" ? 2046 : 2047;
        await server.Admin.CreateReportAsync("nam-dinh", year);
        await using var socket = await GraphQLSocket.ConnectAsync(server.Server, GraphQLSocket.WithAuthorization(ApiFactory.Token($"a-{role}", [role])));
        var id = await socket.SubscribeAsync(Follow, new { p = "nam-dinh", y = year });
        await server.AdminHttp.WaitForSubscriptionsAsync(1);

        var changed = await server.Admin.PostAsync(ServerProbes.SetNewsItems, new { p = "nam-dinh", y = year, value = "5" });
        var arrived = await socket.NextResultOfAsync(id);

        Assert.True(changed.Errors.Count == 0, changed.Text);
        Assert.Null(arrived["errors"]);
        var change = arrived["data"]!["reportChanged"];
        Assert.Equal(2, change.Int("version"));
        Assert.Equal($"36-{year}:2", change.Text("cursor"));
        Assert.Equal(ApiFactory.AdminSubject, change.Text("by"));
        Assert.Equal("setIndicator", change.Text("operation"));
        await socket.CompleteAsync(id);
        await server.AdminHttp.WaitForSubscriptionsAsync(0);
    }
}

/// <summary>
/// By default (Auth:PartnersOnlySubscriptions false) anyone subscribes, without a token; a token that is not valid
/// still closes the socket with 4403, in either form connection_init may carry it.
/// </summary>
[Collection(AuthServerCollection.Name)]
public sealed class SubscriptionsAreOpenToAnyoneByDefault(ApiFactory api)
{
    private const int Year = 2046;

    [Fact]
    public async Task An_anonymous_subscription_receives_a_change()
    {
        var admin = new GraphQLClient(api.CreateClient());
        await admin.CreateReportAsync("ha-nam", Year);
        await using var socket = await GraphQLSocket.ConnectAsync(api.Server);
        var id = await socket.SubscribeAsync("subscription { reportChanged(province: \"35\", year: 2046) { version by } }");
        await api.CreateClient().WaitForSubscriptionsAsync(1);

        var changed = await admin.PostAsync(ServerProbes.SetNewsItems, new { p = "ha-nam", y = Year, value = "6" });
        var arrived = await socket.NextResultOfAsync(id);

        Assert.True(changed.Errors.Count == 0, changed.Text);
        Assert.Null(arrived["errors"]);
        Assert.Equal(2, arrived["data"]!["reportChanged"].Int("version"));
        await socket.CompleteAsync(id);
        await api.CreateClient().WaitForSubscriptionsAsync(0);
    }

    private static string PayloadOf(string what) => what switch
    {
        "token" => """{"token":"garbage"}""",
        "Authorization" => """{"Authorization":"Bearer garbage"}""",
        "Authorization without a scheme" => """{"Authorization":"garbage"}""",
        "token signed with another key" => $$"""{"token":"{{new TokenIssuer(new AuthOptions { SigningKey = "another-key-of-at-least-thirty-two-bytes-0123456789" }, TimeProvider.System).Issue("intruder", [Roles.Admin], [])}}"}""",
        "expired token" => $$"""{"token":"{{ExpiredAdminToken()}}"}""",
        _ => throw new ArgumentOutOfRangeException(nameof(what)),
    };

    [Theory]
    [InlineData("token")]
    [InlineData("Authorization")]
    [InlineData("Authorization without a scheme")]
    [InlineData("token signed with another key")]
    [InlineData("expired token")]
    public async Task A_token_that_is_not_valid_is_closed_with_4403(string what)
    {
        await using var socket = await GraphQLSocket.OpenAsync(api.Server);

        await socket.InitAsync(JsonNode.Parse(PayloadOf(what))!.AsObject());
        var (code, _) = await socket.ClosedAsync();

        Assert.True(code == 4403, $"{what}: closed with {code}");
    }

    private static string ExpiredAdminToken() =>
        new TokenIssuer(new AuthOptions { SigningKey = ApiFactory.SigningKey }, new PastClock()).Issue("intruder", [Roles.Admin], [], TimeSpan.FromMinutes(5));

    private sealed class PastClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow.AddDays(-1);
    }
}
