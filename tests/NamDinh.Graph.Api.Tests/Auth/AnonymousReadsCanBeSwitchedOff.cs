using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using NamDinh.Graph.Api.Tests.Limits;
using static NamDinh.Graph.Api.Tests.Auth.TestTokens;

namespace NamDinh.Graph.Api.Tests.Auth;

/// <summary>
/// With Auth:AnonymousReads set to false, a request without a token is 401 UNAUTHENTICATED (with "WWW-Authenticate:
/// Bearer") before anything runs, over POST, GET and WebSocket alike, node(id:) as much as report; any valid token
/// reads, a reader's first of all.
/// </summary>
public sealed class AnonymousReadsCanBeSwitchedOff(AnonymousReadsCanBeSwitchedOff.Server server) : IClassFixture<AnonymousReadsCanBeSwitchedOff.Server>
{
    public sealed class Server() : ConfiguredApi(("Auth:AnonymousReads", "false"));

    private const string Query = """{ report(province: "nam-dinh", year: 2021) { version province { name } } }""";

    [Fact]
    public async Task An_anonymous_query_is_401_UNAUTHENTICATED()
    {
        var answer = await server.Factory.GraphQLWith(null).PostAsync(Query);

        Assert.Equal(401, answer.Status);
        Assert.Equal("UNAUTHENTICATED", answer.FirstErrorCode);
        Assert.Contains("Bearer", answer.Errors[0]!["message"]!.GetValue<string>());
        Assert.Null(answer.Data);
    }

    [Fact]
    public async Task An_anonymous_GET_is_401_with_WWW_Authenticate_Bearer()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Query));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLClient.GraphQLResponseJson));

        using var response = await server.Factory.ClientWith(null).SendAsync(request);
        var answer = await GraphQLAnswer.ReadAsync(response);

        Assert.Equal(401, answer.Status);
        Assert.Equal("UNAUTHENTICATED", answer.FirstErrorCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task Even_an_anonymous_typename_is_refused()
    {
        var answer = await server.Factory.GraphQLWith(null).PostAsync("{ __typename }");

        Assert.Equal(401, answer.Status);
        Assert.Equal("UNAUTHENTICATED", answer.FirstErrorCode);
    }

    [Theory]
    [InlineData("reader")]
    [InlineData("partner")]
    [InlineData("editor")]
    [InlineData("admin")]
    public async Task A_token_of_any_role_reads(string role)
    {
        var token = ApiFactory.Token($"a-{role}", [role], NamDinhCode);

        var answer = await server.Factory.GraphQLWith(token).PostAsync(Query);

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.Equal(200, answer.Status);
        Assert.Equal("Nam Định", answer.Data!["report"]!["province"].Text("name"));
    }

    [Fact]
    public async Task Fetching_by_id_is_read_the_same_way_as_the_report()
    {
        const string ById = """{ node(id: "Report:36-2021") { id ... on Report { province { name } } } }""";

        var anonymous = await server.Factory.GraphQLWith(null).PostAsync(ById);
        var reader = await server.Factory.GraphQLWith(Reader()).PostAsync(ById);

        Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstErrorCode));
        Assert.True(reader.Errors.Count == 0, reader.Text);
        Assert.Equal("Nam Định", reader.Data!["node"]!["province"].Text("name"));
    }

    /// <summary>Over server-sent events as over a plain POST: the client is told to authenticate (401), not that its request is bad (400).</summary>
    [Fact]
    public async Task Over_server_sent_events_an_anonymous_request_is_401_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = Query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await server.Factory.ClientWith(null).SendAsync(request);
        var answer = await GraphQLAnswer.ReadAsync(response);

        Assert.Equal("UNAUTHENTICATED", answer.FirstErrorCode);
        Assert.Equal(401, answer.Status);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task Over_server_sent_events_a_readers_query_is_answered()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = Query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await server.Factory.ClientWith(Reader()).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("event: next", text);
        Assert.Contains("Nam Định", text);
        Assert.Contains("event: complete", text);
    }

    [Fact]
    public async Task Over_a_WebSocket_an_anonymous_query_is_refused_and_a_readers_runs()
    {
        await using var anonymous = await GraphQLSocket.ConnectAsync(server.Server);
        await using var reader = await GraphQLSocket.ConnectAsync(server.Server, GraphQLSocket.WithToken(Reader()));

        var refused = await anonymous.NextOfAsync(await anonymous.SubscribeAsync(Query));
        var answered = await reader.NextResultOfAsync(await reader.SubscribeAsync(Query));

        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal("UNAUTHENTICATED", refused["payload"]![0].CodeOf());
        Assert.Null(answered["errors"]);
        Assert.Equal(1, answered["data"]!["report"].Int("version"));
    }
}

/// <summary>By default (Auth:AnonymousReads true) anyone reads: a query without a token is answered.</summary>
[Collection(AuthServerCollection.Name)]
public sealed class ReadsAreOpenToAnyoneByDefault(ApiFactory api)
{
    [Fact]
    public async Task An_anonymous_query_is_answered()
    {
        var answer = await api.GraphQLWith(null).PostAsync("""{ report(province: "nam-dinh", year: 2021) { version province { name } } }""");

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.Equal(200, answer.Status);
        Assert.Equal("Nam Định", answer.Data!["report"]!["province"].Text("name"));
    }

    [Fact]
    public async Task An_anonymous_query_over_a_WebSocket_is_answered()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(api.Server, new JsonObject());

        var answered = await socket.NextResultOfAsync(await socket.SubscribeAsync("{ units { code } }"));

        Assert.Null(answered["errors"]);
        Assert.NotEmpty(answered["data"].Array("units"));
    }
}
