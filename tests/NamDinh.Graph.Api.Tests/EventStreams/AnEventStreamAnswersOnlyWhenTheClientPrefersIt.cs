using System.Net;
using System.Text;
using NamDinh.Graph.Api.Transport.Http;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// Content negotiation by the client's preference (RFC 9110: q-values, then order): an event stream answers a client
/// that prefers text/event-stream, and a subscription from one that accepts it below JSON; a query from urql (whose
/// default Accept lists text/event-stream after three JSON types) is answered in JSON.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AnEventStreamAnswersOnlyWhenTheClientPrefersIt(ApiFactory api)
{
    private const string UrqlDefaultAccept = "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed";
    private const string Query = "{ report(province: \"36\", year: 2021) { version } }";
    private const string Subscription = "subscription { reportChanged(province: \"36\", year: 2021) { version } }";

    private readonly HttpClient _http = api.CreateClient();

    [Theory]
    [InlineData(UrqlDefaultAccept, EventStreamWanted.ForASubscription)]
    [InlineData("application/json, text/event-stream", EventStreamWanted.ForASubscription)]
    [InlineData("text/event-stream", EventStreamWanted.Always)]
    [InlineData("text/event-stream, application/json", EventStreamWanted.Always)]
    [InlineData("application/json;q=0.5, text/event-stream;q=0.8", EventStreamWanted.Always)]
    [InlineData("text/event-stream;q=0.5, application/graphql-response+json", EventStreamWanted.ForASubscription)]
    [InlineData("text/event-stream;q=0, application/json", EventStreamWanted.No)]
    [InlineData("application/json", EventStreamWanted.No)]
    [InlineData("*/*", EventStreamWanted.No)]
    [InlineData("", EventStreamWanted.No)]
    public void The_preference_is_read_from_q_values_then_order(string accept, EventStreamWanted wanted) =>
        Assert.Equal(wanted, ResponseMediaTypes.Read(accept.Length == 0 ? [] : [accept]).EventStream);

    [Fact]
    public async Task A_query_with_urqls_default_Accept_is_answered_in_JSON()
    {
        using var response = await PostAsync(Query, UrqlDefaultAccept, HttpCompletionOption.ResponseContentRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("{\"data\":{\"report\":{\"version\":1}}}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_query_from_a_client_preferring_events_is_an_event_stream()
    {
        using var response = await PostAsync(Query, "application/json;q=0.5, text/event-stream", HttpCompletionOption.ResponseContentRead);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("event: next\ndata: {\"data\":{\"report\":{\"version\":1}}}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_subscription_with_urqls_default_Accept_is_an_event_stream()
    {
        using var response = await PostAsync(Subscription, UrqlDefaultAccept, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_subscription_from_a_client_accepting_only_JSON_is_refused()
    {
        using var response = await PostAsync(Subscription, "application/graphql-response+json", HttpCompletionOption.ResponseContentRead);
        var answer = await GraphQLAnswer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", answer.FirstErrorCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string query, string accept, HttpCompletionOption completion)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await _http.SendAsync(request, completion);
    }
}
