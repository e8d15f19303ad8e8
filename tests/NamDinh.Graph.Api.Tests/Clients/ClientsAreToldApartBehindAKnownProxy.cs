using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using NamDinh.Graph.Api.Tests.Auth;
using NamDinh.Graph.Api.Tests.Limits;

namespace NamDinh.Graph.Api.Tests.Clients;

/// <summary>
/// The rate limiter counts per client: a valid token's subject, else the address, which X-Forwarded-For gives only
/// when the request comes from a proxy of ForwardedHeaders:KnownProxies. Here a client may send 2 requests an hour;
/// the third is 429 RATE_LIMITED with Retry-After and a GraphQL error body.
/// </summary>
public sealed class ClientsAreToldApartBehindAKnownProxy(ClientsAreToldApartBehindAKnownProxy.Server server)
    : IClassFixture<ClientsAreToldApartBehindAKnownProxy.Server>
{
    private const string KnownProxy = "10.0.0.1";
    private const string UnknownProxy = "10.0.0.9";

    public sealed class Server() : ConfiguredApi(
        ("RateLimit:Requests", "2"), ("RateLimit:Burst", "2"), ("RateLimit:Period", "01:00:00"),
        ("ForwardedHeaders:KnownProxies:0", KnownProxy));

    [Fact]
    public async Task The_third_request_of_a_client_is_429_with_Retry_After_and_a_coded_error()
    {
        Assert.Equal(200, (await AskAsync(KnownProxy, "203.0.113.1")).Response.StatusCode);
        Assert.Equal(200, (await AskAsync(KnownProxy, "203.0.113.1")).Response.StatusCode);

        var refused = await AskAsync(KnownProxy, "203.0.113.1");

        Assert.Equal(429, refused.Response.StatusCode);
        Assert.True(int.Parse(refused.Response.Headers.RetryAfter!, CultureInfo.InvariantCulture) >= 1, $"Retry-After: {refused.Response.Headers.RetryAfter}");
        var body = await new StreamReader(refused.Response.Body).ReadToEndAsync();
        Assert.Contains("\"code\":\"RATE_LIMITED\"", body);
        Assert.StartsWith("{\"errors\":[", body);
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_forwarded_address_and_each_token_holder_has_its_own_count()
    {
        for (var i = 0; i < 2; i++)
            Assert.Equal(200, (await AskAsync(KnownProxy, "203.0.113.2")).Response.StatusCode);
        Assert.Equal(429, (await AskAsync(KnownProxy, "203.0.113.2")).Response.StatusCode);

        Assert.Equal(200, (await AskAsync(KnownProxy, "203.0.113.3")).Response.StatusCode);
        // The same address with a token is its holder, counted apart from the anonymous client there.
        Assert.Equal(200, (await AskAsync(KnownProxy, "203.0.113.2", TestTokens.Reader("proxied-reader"))).Response.StatusCode);
    }

    [Fact]
    public async Task From_an_unknown_proxy_X_Forwarded_For_is_ignored()
    {
        Assert.Equal(200, (await AskAsync(UnknownProxy, "198.51.100.1")).Response.StatusCode);
        Assert.Equal(200, (await AskAsync(UnknownProxy, "198.51.100.2")).Response.StatusCode);

        var third = await AskAsync(UnknownProxy, "198.51.100.3");

        Assert.Equal(429, third.Response.StatusCode);
    }

    /// <summary>A GET query as it arrives from <paramref name="proxy"/>, forwarded for <paramref name="forwardedFor"/>.</summary>
    private Task<HttpContext> AskAsync(string proxy, string forwardedFor, string? token = null) =>
        server.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = IPAddress.Parse(proxy);
            http.Request.Method = "GET";
            http.Request.Path = "/graphql";
            http.Request.QueryString = new QueryString("?query=%7B__typename%7D");
            http.Request.Headers.Accept = "application/json";
            http.Request.Headers["X-Forwarded-For"] = forwardedFor;
            if (token is not null)
                http.Request.Headers.Authorization = $"Bearer {token}";
        });
}
