using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace NamDinh.Graph.Api.Tests;

/// <summary>GraphQL over HTTP as the GraphQL-over-HTTP spec describes it; the graphql-http audit checks the rest end to end.</summary>
[Collection(ApiCollection.Name)]
public sealed class HttpTransportFollowsTheSpec(ApiFactory api)
{
    private readonly HttpClient _http = api.CreateClient();

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData(null, "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json")]
    public async Task The_answer_is_in_the_media_type_the_client_prefers(string? accept, string expected)
    {
        var response = await SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ provinces { code } }"), accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task A_client_that_accepts_neither_JSON_type_gets_406()
    {
        var response = await SendAsync(HttpMethod.Get, "/graphql?query=%7B__typename%7D", accept: "text/plain");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", (await GraphQLAnswer.ReadAsync(response)).FirstErrorCode);
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_with_405_and_Allow_POST()
    {
        var response = await SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"), accept: "application/json");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", (await GraphQLAnswer.ReadAsync(response)).FirstErrorCode);
    }

    [Fact]
    public async Task Other_methods_are_refused_with_405()
    {
        var response = await SendAsync(HttpMethod.Put, "/graphql", body: """{"query":"{ __typename }"}""");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_POST_that_is_not_UTF8_JSON_gets_415(string? contentType)
    {
        var response = await SendAsync(HttpMethod.Post, "/graphql", body: """{"query":"{ __typename }"}""", contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", (await GraphQLAnswer.ReadAsync(response)).FirstErrorCode);
    }

    [Theory]
    [InlineData("{ \"not json", "not valid JSON")]
    [InlineData("[1]", "JSON object")]
    [InlineData("""{"qeury":"{ __typename }"}""", "Unknown request parameter 'qeury'")]
    [InlineData("""{"query":42}""", "'query' must be a string")]
    [InlineData("""{"query":"{ __typename }","variables":"x"}""", "'variables' must be a JSON object")]
    [InlineData("", "not valid JSON")]
    public async Task A_malformed_request_gets_400_naming_the_problem(string body, string expectedMessage)
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            var response = await SendAsync(HttpMethod.Post, "/graphql", body: body, accept: accept);
            var answer = await GraphQLAnswer.ReadAsync(response);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("BAD_REQUEST", answer.FirstErrorCode);
            Assert.Contains(expectedMessage, answer.Errors[0]!["message"]!.GetValue<string>());
            Assert.False(answer.Body.ContainsKey("data"));
        }
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task A_document_that_fails_validation_has_no_data_and_the_status_of_its_media_type(string accept, HttpStatusCode expected)
    {
        var response = await SendAsync(HttpMethod.Post, "/graphql", body: """{"query":"{ noSuchField }"}""", accept: accept);
        var answer = await GraphQLAnswer.ReadAsync(response);

        Assert.Equal(expected, response.StatusCode);
        Assert.False(answer.Body.ContainsKey("data"));
        Assert.NotEmpty(answer.Errors);
    }

    [Fact]
    public async Task Variables_and_operation_name_are_honoured_over_GET()
    {
        var query = Uri.EscapeDataString("query A($p: String!) { report(province: $p, year: 2021) { id } } query B { __typename }");
        var variables = Uri.EscapeDataString("""{"p":"36"}""");
        var response = await SendAsync(HttpMethod.Get, $"/graphql?query={query}&operationName=A&variables={variables}", accept: "application/graphql-response+json");
        var answer = await GraphQLAnswer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Report:36-2021", answer.Data!["report"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_browser_gets_GraphiQL_from_the_apps_own_files()
    {
        var page = await SendAsync(HttpMethod.Get, "/graphql", accept: "text/html,application/xhtml+xml,*/*;q=0.8");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/graphiql/graphiql.min.js", html);
        Assert.DoesNotContain("https://", html);
        foreach (var asset in new[] { "graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js" })
            Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/graphiql/" + asset)).StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? accept = null, string? body = null, string? contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return await _http.SendAsync(request);
    }
}
