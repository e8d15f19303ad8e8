using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using NamDinh.Graph.Api.Tests.Auth;

namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// A test server of one test class's own with some settings changed (a limit made small, an Auth switch turned),
/// started once for the class and disposed after it. Its <see cref="Admin"/> client sends an admin's token; other
/// clients send what the test gives them (<see cref="Auth.TestTokens.ClientWith"/>).
/// </summary>
public abstract class ConfiguredApi(params (string Key, string Value)[] settings) : IAsyncLifetime
{
    private readonly ApiFactory _api = new();

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public TestServer Server => Factory.Server;

    /// <summary>A client with an admin's token.</summary>
    public GraphQLClient Admin { get; private set; } = null!;

    public HttpClient AdminHttp { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = _api.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
        });
        AdminHttp = Factory.ClientWith(ApiFactory.AdminToken);
        Admin = new GraphQLClient(AdminHttp);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        AdminHttp.Dispose();
        await Factory.DisposeAsync();
        await _api.DisposeAsync();
    }
}

/// <summary>Requests the limit tests send as bytes, as a client might: a body of an exact size, a batch (a JSON array).</summary>
public static class RawRequests
{
    /// <summary>Posts <paramref name="body"/> as it is, with Content-Length unless <paramref name="chunked"/>.</summary>
    public static async Task<(int Status, System.Text.Json.Nodes.JsonNode? Body, string Text)> PostBodyAsync(this HttpClient http, string body, bool chunked = false)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        HttpContent content = chunked ? new StreamContent(new UnknownLengthStream(bytes)) : new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        // Chunked, the body's length is found only by reading it.
        request.Headers.TransferEncodingChunked = chunked ? true : null;
        request.Headers.Accept.Add(new System.Net.Http.Headers.MediaTypeWithQualityHeaderValue(GraphQLClient.GraphQLResponseJson));
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, System.Text.Json.Nodes.JsonNode.Parse(text), text);
    }

    /// <summary>A batch of GraphQL requests, each a query and its variables.</summary>
    public static Task<(int Status, System.Text.Json.Nodes.JsonNode? Body, string Text)> PostBatchAsync(this HttpClient http, params (string Query, object? Variables)[] requests) =>
        http.PostBodyAsync(System.Text.Json.JsonSerializer.Serialize(requests.Select(request => new { query = request.Query, variables = request.Variables })));

    /// <summary>A stream that does not tell its length, so that the body goes without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
