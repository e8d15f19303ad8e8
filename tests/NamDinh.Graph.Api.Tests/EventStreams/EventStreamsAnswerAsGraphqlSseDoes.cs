using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// Server-sent events in graphql-sse's distinct connections mode: a "next" event per result, then "complete";
/// a request that fails validation is answered 400 with its errors; over GET nothing may change anything.
/// (A subscription over events is tested end to end with the graphql-sse client.)
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EventStreamsAnswerAsGraphqlSseDoes(ApiFactory api)
{
    private readonly HttpClient _http = api.CreateClient();

    [Fact]
    public async Task A_query_is_one_next_event_then_complete()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ report(province: \"36\", year: 2021) { id } }" }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("event: next\ndata: {\"data\":{\"report\":{\"id\":\"Report:36-2021\"}}}\n\nevent: complete\ndata: \n\n", body);
    }

    [Theory]
    [InlineData("mutation { createReport(input: { province: \"ha-nam\", year: 2099, synthetic: true }) { version } }", "METHOD_NOT_ALLOWED", HttpStatusCode.MethodNotAllowed)]
    [InlineData("{ noSuchField }", null, HttpStatusCode.BadRequest)]
    public async Task Over_GET_a_mutation_is_405_and_an_invalid_document_is_400_with_its_errors(string query, string? code, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await _http.SendAsync(request);
        var answer = await GraphQLAnswer.ReadAsync(response);

        Assert.Equal(status, response.StatusCode);
        Assert.NotEmpty(answer.Errors);
        if (code is not null)
            Assert.Equal(code, answer.FirstErrorCode);
        Assert.False(answer.Body.ContainsKey("data"));
    }
}
