using System.Net.Http.Json;
using NamDinh.Graph.Api.Execution;

namespace NamDinh.Graph.Api.Tests.PersistedOperations;

/// <summary>
/// Apollo's automatic persisted queries, version 1, over POST and GET: a hash alone that the server does not know is
/// PERSISTED_QUERY_NOT_FOUND (200, so Apollo's link goes on using hashes); the hash with its query runs and is kept; the
/// hash alone then runs. A hash that is not the query's, or an extension of another shape, is refused and keeps nothing.
/// A registered operation's hash runs without being sent first. (tests/e2e/clients runs Apollo's own link.)
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AutomaticPersistedQueriesFollowApollosProtocol(ApiFactory api)
{
    private readonly HttpClient _http = api.CreateClient();

    [Fact]
    public async Task Hash_alone_then_hash_and_query_then_hash_alone_over_POST()
    {
        var query = $"{{ units {{ code }} apq: __typename }} # {Guid.NewGuid()}";
        var hash = AutomaticPersistedQueries.HashOf(query);

        var unknown = await PostAsync(new { extensions = Extension(hash) });
        var sent = await PostAsync(new { query, extensions = Extension(hash) });
        var known = await PostAsync(new { extensions = Extension(hash) });

        Assert.Equal(200, unknown.Status);
        var notFound = Assert.Single(unknown.Errors);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", notFound.CodeOf());
        Assert.Equal("PersistedQueryNotFound", notFound.Text("message"));
        Assert.True(sent.Errors.Count == 0, sent.Text);
        Assert.Equal(sent.Text, known.Text);
        Assert.Equal("Query", known.Data.Text("apq"));
    }

    [Fact]
    public async Task Hash_alone_over_GET_once_the_query_was_sent()
    {
        var query = $"{{ units {{ code }} }} # {Guid.NewGuid()}";
        var hash = AutomaticPersistedQueries.HashOf(query);
        var extensions = Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(Extension(hash)));

        var unknown = await GraphQLAnswer.ReadAsync(await _http.GetAsync($"/graphql?extensions={extensions}"));
        var sent = await GraphQLAnswer.ReadAsync(await _http.GetAsync($"/graphql?query={Uri.EscapeDataString(query)}&extensions={extensions}"));
        var known = await GraphQLAnswer.ReadAsync(await _http.GetAsync($"/graphql?extensions={extensions}"));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.FirstErrorCode);
        Assert.True(sent.Errors.Count == 0, sent.Text);
        Assert.Equal(sent.Text, known.Text);
    }

    [Fact]
    public async Task A_hash_that_is_not_the_querys_is_refused_and_keeps_nothing()
    {
        var query = $"{{ units {{ code }} }} # {Guid.NewGuid()}";
        var wrongHash = AutomaticPersistedQueries.HashOf(query + " ");

        var refused = await PostAsync(new { query, extensions = Extension(wrongHash) });
        var after = await PostAsync(new { extensions = Extension(wrongHash) });

        Assert.Equal(400, refused.Status);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", refused.FirstErrorCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", after.FirstErrorCode);
    }

    [Fact]
    public async Task A_query_that_does_not_run_is_not_kept()
    {
        const string query = "{ noSuchField }";
        var hash = AutomaticPersistedQueries.HashOf(query);

        var refused = await PostAsync(new { query, extensions = Extension(hash) });
        var after = await PostAsync(new { extensions = Extension(hash) });

        Assert.Equal(400, refused.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", after.FirstErrorCode);
    }

    [Theory]
    [InlineData("""{"persistedQuery":{"version":2,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}""")]
    [InlineData("""{"persistedQuery":{"version":1,"sha256Hash":"not hex"}}""")]
    [InlineData("""{"persistedQuery":{"version":1}}""")]
    [InlineData("""{"persistedQuery":"abc"}""")]
    public async Task An_extension_of_another_shape_is_BAD_REQUEST(string extensions)
    {
        var answer = await PostAsync(System.Text.Json.Nodes.JsonNode.Parse($$"""{"extensions":{{extensions}}}""")!);

        Assert.Equal(400, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.FirstErrorCode);
    }

    [Fact]
    public async Task A_registered_operations_hash_runs_unsent()
    {
        var text = await File.ReadAllTextAsync(RepositoryFiles.PathOf("schema/operations/Reports.graphql"));

        var answer = await PostAsync(new { extensions = Extension(AutomaticPersistedQueries.HashOf(text)), variables = new { year = 2021 } });

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.NotEmpty(answer.Data.Array("reports"));
    }

    private static object Extension(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private async Task<GraphQLAnswer> PostAsync(object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd(GraphQLClient.GraphQLResponseJson);
        return await GraphQLAnswer.ReadAsync(await _http.SendAsync(request));
    }
}
