using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using NamDinh.Graph.Api.Execution;

namespace NamDinh.Graph.Api.Tests.PersistedOperations;

/// <summary>With PersistedOperations:Required, the server runs registered operations only: document text is refused, an id (or an automatic persisted query's hash of a registered operation) runs.</summary>
public sealed class OnlyRegisteredOperationsWhenRequired : IDisposable
{
    private readonly ApiFactory _api = new();
    private readonly WebApplicationFactory<Program> _server;

    public OnlyRegisteredOperationsWhenRequired() =>
        _server = _api.WithWebHostBuilder(builder => builder.UseSetting("PersistedOperations:Required", "true"));

    [Fact]
    public async Task Document_text_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ reports { id } }" }) };
        request.Headers.Accept.ParseAdd(GraphQLClient.GraphQLResponseJson);
        var answer = await GraphQLAnswer.ReadAsync(await _server.CreateClient().SendAsync(request));

        Assert.Equal(400, answer.Status);
        Assert.Equal("PERSISTED_OPERATION_REQUIRED", answer.FirstErrorCode);
    }

    [Fact]
    public async Task A_registered_id_runs()
    {
        var answer = await GraphQLAnswer.ReadAsync(await _server.CreateClient().PostAsJsonAsync("/graphql", new { documentId = "Reports", variables = new { year = 2021 } }));

        Assert.Equal(200, answer.Status);
        Assert.NotEmpty(answer.Data!["reports"]!.AsArray());
    }

    [Fact]
    public async Task An_automatic_persisted_query_runs_only_as_a_registered_operations_hash()
    {
        var registered = await File.ReadAllTextAsync(RepositoryFiles.PathOf("schema/operations/Reports.graphql"));
        const string unregistered = "{ units { code } }";
        var client = _server.CreateClient();

        var byHash = await GraphQLAnswer.ReadAsync(await client.PostAsJsonAsync("/graphql", new { extensions = Extension(AutomaticPersistedQueries.HashOf(registered)), variables = new { year = 2021 } }));
        var sentWithItsHash = await GraphQLAnswer.ReadAsync(await client.PostAsJsonAsync("/graphql", new { query = unregistered, extensions = Extension(AutomaticPersistedQueries.HashOf(unregistered)) }));

        Assert.NotEmpty(byHash.Data!["reports"]!.AsArray());
        Assert.Equal("PERSISTED_OPERATION_REQUIRED", sentWithItsHash.FirstErrorCode);
    }

    private static object Extension(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    public void Dispose()
    {
        _server.Dispose();
        _api.Dispose();
    }
}
