using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NamDinh.Graph.Cli.GraphQL;

/// <summary>
/// Sends GraphQL operations to the server as GraphQL over HTTP says: a POST of
/// <c>{"query", "variables"}</c> as application/json, with the bearer token when one is given, answered with
/// <c>{"data", "errors"}</c>.
/// An answer with errors throws <see cref="GraphQLErrorsException"/>; an answer that is not GraphQL at all
/// (the server is down, a proxy's HTML page) throws <see cref="ServerAnswerException"/>.
/// </summary>
public sealed class GraphQLClient(HttpClient http, Uri endpoint, string? token = null)
{
    public Uri Endpoint { get; } = endpoint;

    /// <summary>Runs one operation and gives its <c>data</c>.</summary>
    public async Task<JsonObject> RunAsync(string document, JsonObject variables, CancellationToken cancellation = default)
    {
        var body = new JsonObject { ["query"] = document, ["variables"] = variables };
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellation);
        }
        catch (HttpRequestException error)
        {
            throw new ServerAnswerException($"Cannot reach the server at {Endpoint}: {error.Message}");
        }
        catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new ServerAnswerException($"The server at {Endpoint} did not answer in time.");
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellation);
            var answer = Parse(text, response);
            var errors = answer["errors"]?.AsArray().Select(GraphQLError.From).ToList() ?? [];
            if (errors.Count > 0)
                throw new GraphQLErrorsException(errors);
            return answer["data"] as JsonObject
                ?? throw new ServerAnswerException($"The server answered HTTP {(int)response.StatusCode} without data or errors.");
        }
    }

    private JsonObject Parse(string text, HttpResponseMessage response)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (mediaType is "application/json" or "application/graphql-response+json")
        {
            try
            {
                if (JsonNode.Parse(text) is JsonObject answer)
                    return answer;
            }
            catch (JsonException)
            {
            }
        }
        var excerpt = text.Length > 200 ? text[..200] + "…" : text;
        throw new ServerAnswerException(
            $"The server at {Endpoint} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase} with {(mediaType.Length > 0 ? mediaType : "no content type")}, not a GraphQL response" +
            (excerpt.Length > 0 ? $": {excerpt}" : "."));
    }
}
