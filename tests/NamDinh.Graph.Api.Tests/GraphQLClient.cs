using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests;

/// <summary>Posts GraphQL requests as a client would and reads the JSON answer.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public async Task<GraphQLAnswer> PostAsync(string query, object? variables = null, string accept = GraphQLResponseJson)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await GraphQLAnswer.ReadAsync(await http.SendAsync(request));
    }
}

/// <summary>An HTTP answer to a GraphQL request: status, content type and the parsed body.</summary>
public sealed record GraphQLAnswer(int Status, string? ContentType, JsonObject Body, string Text)
{
    public JsonNode? Data => Body["data"];

    public JsonArray Errors => Body["errors"]?.AsArray() ?? [];

    public string? FirstErrorCode => Errors.FirstOrDefault()?["extensions"]?["code"]?.GetValue<string>();

    public static async Task<GraphQLAnswer> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text) as JsonObject ?? throw new JsonException($"The answer is not a JSON object: {text}");
        return new GraphQLAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, text);
    }
}

/// <summary>Reading the parts of an answer the tests look at again and again.</summary>
public static class GraphQLAnswerParts
{
    public static string? CodeOf(this JsonNode? error) => error?["extensions"]?["code"]?.GetValue<string>();

    public static string? FieldOf(this JsonNode? error) => error?["extensions"]?["field"]?.GetValue<string>();

    public static string Text(this JsonNode? node, string name) => node?[name]?.GetValue<string>() ?? throw new InvalidOperationException($"No '{name}' in {node?.ToJsonString()}");

    public static int Int(this JsonNode? node, string name) => node?[name]?.GetValue<int>() ?? throw new InvalidOperationException($"No '{name}' in {node?.ToJsonString()}");

    public static JsonArray Array(this JsonNode? node, string name) => node?[name]?.AsArray() ?? throw new InvalidOperationException($"No '{name}' in {node?.ToJsonString()}");
}
