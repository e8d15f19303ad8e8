using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// Limits:MaxResponseBytes (here 4000) is the longest answer, whatever its cost was estimated at: a longer one answers
/// RESPONSE_TOO_LARGE alone, nothing of it sent. A batch's answers count together: the one that would take the array
/// over, and each after it, is RESPONSE_TOO_LARGE. The same limit holds for each "next" over a WebSocket or an event
/// stream: the payload is RESPONSE_TOO_LARGE in its place.
/// </summary>
public sealed class MaxResponseBytesRefusesALongerAnswer(MaxResponseBytesRefusesALongerAnswer.Server server) : IClassFixture<MaxResponseBytesRefusesALongerAnswer.Server>
{
    public sealed class Server() : ConfiguredApi(("Limits:MaxResponseBytes", "4000"));

    private const string EveryFigure = "{ report(province: \"nam-dinh\", year: 2021) { indicators { " + Amplification.FigureFields + " } } }";
    private const string Small = "{ report(province: \"nam-dinh\", year: 2021) { key version } }";

    [Fact]
    public async Task An_answer_within_the_limit_is_sent()
    {
        var answer = await server.Admin.PostAsync(Small);

        Assert.True(answer.Errors.Count == 0, answer.Text);
    }

    [Fact]
    public async Task A_longer_answer_is_RESPONSE_TOO_LARGE()
    {
        var answer = await server.Admin.PostAsync(EveryFigure);

        Assert.Equal(400, answer.Status);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("RESPONSE_TOO_LARGE", error.CodeOf());
        Assert.Contains("4000 bytes", error.Text("message"));
        Assert.Null(answer.Data);
        Assert.True(answer.Text.Length < 4000, answer.Text);
    }

    [Fact]
    public async Task In_legacy_json_it_is_200_with_the_error()
    {
        var answer = await server.Admin.PostAsync(EveryFigure, accept: "application/json");

        Assert.Equal(200, answer.Status);
        Assert.Equal("RESPONSE_TOO_LARGE", answer.FirstErrorCode);
    }

    [Fact]
    public async Task A_batch_counts_its_answers_together()
    {
        var (status, body, text) = await server.AdminHttp.PostBatchAsync((Small, null), (EveryFigure, null), (Small, null));

        Assert.True(status == 200, text);
        var results = Assert.IsType<JsonArray>(body);
        Assert.Equal(3, results.Count);
        Assert.Null(results[0]!["errors"]);
        Assert.All(results.Skip(1), result => Assert.Equal("RESPONSE_TOO_LARGE", result!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>()));
        Assert.True(text.Length < 4000 + 1000, text);
    }

    [Fact]
    public async Task Over_a_WebSocket_the_next_message_is_RESPONSE_TOO_LARGE()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(server.Server, GraphQLSocket.WithToken(ApiFactory.AdminToken));

        var id = await socket.SubscribeAsync(EveryFigure);
        var next = await socket.NextOfAsync(id);

        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Null(next["payload"]!["data"]);
        Assert.Equal("RESPONSE_TOO_LARGE", next["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(next.ToJsonString().Length < 4000, next.ToJsonString());
        Assert.Equal("complete", (await socket.NextOfAsync(id))["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Over_an_event_stream_the_next_event_is_RESPONSE_TOO_LARGE()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = EveryFigure }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await server.AdminHttp.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.StartsWith("event: next\ndata: {\"errors\":[", text);
        Assert.Contains("\"RESPONSE_TOO_LARGE\"", text);
        Assert.EndsWith("event: complete\ndata: \n\n", text);
        Assert.True(text.Length < 4000, text);
    }

    [Fact]
    public async Task An_event_within_the_limit_is_sent_whole()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Small }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await server.AdminHttp.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("event: next\ndata: {\"data\":{\"report\":{\"key\":", text);
        Assert.DoesNotContain("errors", text);
    }
}
