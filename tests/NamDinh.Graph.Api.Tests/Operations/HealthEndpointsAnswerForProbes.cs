using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NamDinh.Graph.Api.Hosting.Health;
using NamDinh.Graph.Api.Tests.Auth;

namespace NamDinh.Graph.Api.Tests.Operations;

/// <summary>
/// /health/live says the process answers; /health/ready says the silo is active and storage answers, check by check
/// for an admin's token. Both answer JSON that no cache may keep, and neither needs a token, as a Kubernetes probe sends
/// none: a probe reads the bare status, with the HTTP status an admin gets (503 when this node's silo is not active).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HealthEndpointsAnswerForProbes(ApiFactory api)
{
    [Fact]
    public async Task Liveness_is_healthy()
    {
        var (status, body, response) = await GetAsync(api, "/health/live", token: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"status":"Healthy"}""", body.ToJsonString());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Readiness_is_healthy_with_the_silo_and_storage_checked_for_an_admin()
    {
        var (status, body, response) = await GetAsync(api, "/health/ready", ApiFactory.AdminToken);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.Text("status"));
        Assert.Equal("Healthy", body["checks"]?["silo"].Text("status"));
        Assert.Equal("Healthy", body["checks"]?["storage"].Text("status"));
        Assert.Contains(api.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToString(), body["checks"]?["silo"].Text("description"));
        Assert.Equal(["silo", "storage"], body["checks"]!.AsObject().Select(check => check.Key).Order());
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task A_probe_without_a_token_reads_the_bare_readiness()
    {
        var (status, body, response) = await GetAsync(api, "/health/ready", token: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"status":"Healthy"}""", body.ToJsonString());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task A_silo_that_is_not_active_is_503_to_a_probe_and_to_an_admin()
    {
        // The real silo check, reading a membership in which this node's silo is shutting down.
        using var server = api.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<HealthCheckServiceOptions>(options =>
            {
                var silo = options.Registrations.Single(registration => registration.Name == "silo");
                options.Registrations.Remove(silo);
                options.Registrations.Add(new HealthCheckRegistration(silo.Name, provider => new SiloHealthCheck(
                    new ShuttingDown(provider.GetRequiredService<IClusterMembershipService>(), provider.GetRequiredService<ILocalSiloDetails>().SiloAddress),
                    provider.GetRequiredService<ILocalSiloDetails>()), silo.FailureStatus, silo.Tags));
            })));

        var probe = await GetAsync(server, "/health/ready", token: null);
        var admin = await GetAsync(server, "/health/ready", ApiFactory.AdminToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, probe.Status);
        Assert.Equal("""{"status":"Unhealthy"}""", probe.Body.ToJsonString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, admin.Status);
        Assert.Equal("Unhealthy", admin.Body.Text("status"));
        Assert.Equal("Unhealthy", admin.Body["checks"]?["silo"].Text("status"));
        Assert.Contains("ShuttingDown, not active", admin.Body["checks"]?["silo"].Text("description"));
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body, HttpResponseMessage Response)> GetAsync(
        WebApplicationFactory<Program> server, string path, string? token)
    {
        var response = await server.ClientWith(token).GetAsync(path);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, body, response);
    }

    /// <summary>The cluster's membership as it is, except that <paramref name="silo"/> is shutting down.</summary>
    private sealed class ShuttingDown(IClusterMembershipService membership, SiloAddress silo) : IClusterMembershipService
    {
        public ClusterMembershipSnapshot CurrentSnapshot
        {
            get
            {
                var now = membership.CurrentSnapshot;
                var members = now.Members.SetItem(silo, new ClusterMember(silo, SiloStatus.ShuttingDown, now.Members.TryGetValue(silo, out var member) ? member.Name : "this"));
                return new ClusterMembershipSnapshot(members, now.Version);
            }
        }

        public IAsyncEnumerable<ClusterMembershipSnapshot> MembershipUpdates => membership.MembershipUpdates;

        public ValueTask Refresh(MembershipVersion minimumVersion = default, CancellationToken cancellationToken = default) =>
            membership.Refresh(minimumVersion, cancellationToken);

        public Task<bool> TryKill(SiloAddress siloAddress) => membership.TryKill(siloAddress);
    }
}
