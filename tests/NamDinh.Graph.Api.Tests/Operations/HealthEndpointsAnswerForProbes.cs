using System.Net;
using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Operations;

/// <summary>
/// /health/live says the process answers; /health/ready says the silo is active and storage answers, check by check.
/// Both answer JSON that no cache may keep, and neither needs a token, as a Kubernetes probe sends none.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HealthEndpointsAnswerForProbes(ApiFactory api)
{
    [Fact]
    public async Task Liveness_is_healthy()
    {
        var (status, body, response) = await GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.Text("status"));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Readiness_is_healthy_with_the_silo_and_storage_checked()
    {
        var (status, body, response) = await GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.Text("status"));
        Assert.Equal("Healthy", body["checks"]?["silo"].Text("status"));
        Assert.Equal("Healthy", body["checks"]?["storage"].Text("status"));
        Assert.Equal(["silo", "storage"], body["checks"]!.AsObject().Select(check => check.Key).Order());
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    private async Task<(HttpStatusCode, JsonNode, HttpResponseMessage)> GetAsync(string path)
    {
        var response = await api.CreateClientWith(null).GetAsync(path);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, body, response);
    }
}
