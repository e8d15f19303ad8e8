using System.Net.Http.Json;

namespace NamDinh.Graph.Api.Tests.PersistedOperations;

/// <summary>
/// A client may send the id of an operation registered at deploy time (schema/operations/) instead of its text: the
/// file's name or "sha256:" and the hash of its text, by POST or GET. An unknown id, or both an id and a text, is refused.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ARegisteredOperationRunsByItsId(ApiFactory api)
{
    private readonly HttpClient _http = api.CreateClient();

    private static readonly object NamDinh2021 = new { province = "nam-dinh", year = 2021 };

    [Fact]
    public async Task By_its_file_name()
    {
        var answer = await PostAsync(new { documentId = "Report", variables = NamDinh2021 });

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.Equal("Report:36-2021", answer.Data!["report"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task By_the_hash_of_its_text()
    {
        var text = await File.ReadAllTextAsync(RepositoryFiles.PathOf("schema/operations/Report.graphql"));

        var answer = await PostAsync(new { documentId = NamDinh.Graph.Api.Execution.PersistedOperations.HashId(text), variables = NamDinh2021 });

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.Equal("Report:36-2021", answer.Data!["report"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task By_GET()
    {
        var response = await _http.GetAsync("/graphql?documentId=Reports&variables=" + Uri.EscapeDataString("{\"year\":2021}"));
        var answer = await GraphQLAnswer.ReadAsync(response);

        Assert.Equal(200, answer.Status);
        Assert.Contains(answer.Data!["reports"]!.AsArray(), report => report!["id"]!.GetValue<string>() == "Report:36-2021");
    }

    [Fact]
    public async Task An_unknown_id_is_refused()
    {
        var answer = await PostAsync(new { documentId = "NoSuchOperation" });

        Assert.Equal(400, answer.Status);
        Assert.Equal("PERSISTED_OPERATION_NOT_FOUND", answer.FirstErrorCode);
        Assert.Null(answer.Data);
    }

    [Fact]
    public async Task A_long_unknown_id_is_named_back_by_a_short_prefix()
    {
        var id = new string('x', 100_000);

        var answer = await PostAsync(new { documentId = id });

        Assert.Equal("PERSISTED_OPERATION_NOT_FOUND", answer.FirstErrorCode);
        var message = answer.Errors.Single()!["message"]!.GetValue<string>();
        Assert.Contains("'" + id[..NamDinh.Graph.Api.Errors.Echo.MaxLength] + "…'", message);
        Assert.True(message.Length < 200, message);
    }

    [Fact]
    public async Task An_id_and_a_text_together_are_refused()
    {
        var answer = await PostAsync(new { documentId = "Report", query = "{ __typename }" });

        Assert.Equal(400, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.FirstErrorCode);
    }

    private async Task<GraphQLAnswer> PostAsync(object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd(GraphQLClient.GraphQLResponseJson);
        return await GraphQLAnswer.ReadAsync(await _http.SendAsync(request));
    }
}
