using System.Net;
using System.Net.Http.Json;
using NamDinh.Graph.Api.Tests.Limits;

namespace NamDinh.Graph.Api.Tests.HttpCaching;

/// <summary>
/// Cors:AllowedOrigins lets front-ends served elsewhere call the API from a browser: a preflight from an allowed origin
/// is answered with what it may send, and answers carry Access-Control-Allow-Origin and expose the ETag; another origin
/// gets no CORS header (so its page cannot read the answer), and credentials only where Cors:AllowCredentials says.
/// </summary>
public sealed class CorsAllowsTheConfiguredOriginsOnly(CorsAllowsTheConfiguredOriginsOnly.Server server) : IClassFixture<CorsAllowsTheConfiguredOriginsOnly.Server>
{
    private const string Allowed = "https://dashboard.example.vn";

    public sealed class Server() : ConfiguredApi(("Cors:AllowedOrigins:0", Allowed));

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", Allowed);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type, authorization");

        using var response = await server.Factory.CreateClient().SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Allowed, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("authorization", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task An_answer_to_an_allowed_origin_says_so_and_exposes_the_ETag()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ units { code } }" }) };
        request.Headers.Add("Origin", Allowed);

        using var response = await server.Factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Allowed, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://elsewhere.example.com")]
    [InlineData("http://dashboard.example.vn")]
    public async Task Another_origin_gets_no_CORS_header(string origin)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ units { code } }" }) };
        request.Headers.Add("Origin", origin);

        using var refusedPreflight = await server.Factory.CreateClient().SendAsync(preflight);
        using var answer = await server.Factory.CreateClient().SendAsync(request);

        Assert.False(refusedPreflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
