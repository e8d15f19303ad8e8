using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Tests.Auth;

namespace NamDinh.Graph.Api.Tests.Operations;

/// <summary>
/// GET /status and GET /health/ready tell an admin's token this node's counts and checks (the latter naming the silo's
/// address); anyone else, with no token, another role's, or one this server did not sign, reads only the bare status,
/// with the same HTTP status, and nothing about the silo. Neither answer may be cached.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StatusAndReadinessDetailsAreForAdminsOnly(ApiFactory api)
{
    public static TheoryData<string> Others => ["anonymous", "reader", "editor", "partner", "malformed", "another server's admin"];

    [Theory]
    [MemberData(nameof(Others))]
    public async Task Anyone_but_an_admin_reads_the_bare_status(string caller)
    {
        var response = await api.ClientWith(TokenOf(caller)).GetAsync("/status");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"ok"}""", body);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
        AssertNamesNoSilo(body);
    }

    [Theory]
    [MemberData(nameof(Others))]
    public async Task Anyone_but_an_admin_reads_the_bare_readiness(string caller)
    {
        var response = await api.ClientWith(TokenOf(caller)).GetAsync("/health/ready");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"Healthy"}""", body);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
        AssertNamesNoSilo(body);
    }

    [Fact]
    public async Task An_admin_reads_the_counts()
    {
        var response = await api.ClientWith(ApiFactory.AdminToken).GetAsync("/status");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Equal("ok", body.Text("status"));
        Assert.Equal(1, body.Int("activeSilos"));
        foreach (var count in new[] { "activeSubscriptions", "webSocketConnections", "eventStreamConnections", "storageRequests" })
            Assert.True(body[count]?.GetValue<int>() >= 0, $"/status has no {count}: {body.ToJsonString()}");
    }

    [Fact]
    public async Task An_admin_reads_each_readiness_check_with_the_silos_address()
    {
        var response = await api.ClientWith(ApiFactory.AdminToken).GetAsync("/health/ready");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.Text("status"));
        Assert.Contains(SiloAddress.ToString(), body["checks"]?["silo"].Text("description"));
        Assert.Equal("Healthy", body["checks"]?["storage"].Text("status"));
    }

    private SiloAddress SiloAddress => api.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

    private void AssertNamesNoSilo(string body)
    {
        Assert.DoesNotContain(SiloAddress.ToString(), body);
        Assert.DoesNotContain(SiloAddress.Endpoint.ToString(), body);
        Assert.DoesNotContain("silo", body, StringComparison.OrdinalIgnoreCase);
    }

    private static string? TokenOf(string caller) => caller switch
    {
        "anonymous" => null,
        "reader" => TestTokens.Reader("status-reader"),
        "editor" => TestTokens.EditorOf("status-editor", TestTokens.NamDinhCode),
        "partner" => TestTokens.Partner("status-partner"),
        "malformed" => "not-a-token",
        "another server's admin" => new TokenIssuer(new AuthOptions { SigningKey = "another-servers-signing-key-not-this-ones-0123456789" }, TimeProvider.System)
            .Issue("status-intruder", [Roles.Admin], []),
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };
}
