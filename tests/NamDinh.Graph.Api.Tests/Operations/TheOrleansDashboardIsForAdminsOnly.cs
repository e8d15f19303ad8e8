using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using NamDinh.Graph.Api.Auth;

namespace NamDinh.Graph.Api.Tests.Operations;

/// <summary>
/// With Orleans:Dashboard on, the Orleans dashboard is served at /admin/orleans to a bearer token with the admin role:
/// no token is 401, any other role 403, for its page and for the data it reads alike. A browser sends no header, so
/// under /admin the token may come in the namdinh_admin_token cookie; on the API itself that cookie counts for nothing.
/// Off, as it is by default, there is nothing there.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TheOrleansDashboardIsForAdminsOnly(ApiFactory defaultServer, TheOrleansDashboardIsForAdminsOnly.DashboardServer dashboard)
    : IClassFixture<TheOrleansDashboardIsForAdminsOnly.DashboardServer>
{
    private static readonly string ReaderToken = ApiFactory.Token("r", [Roles.Reader]);

    [Theory]
    [InlineData("/admin/orleans/")]
    [InlineData("/admin/orleans/DashboardCounters")]
    public async Task Without_a_token_it_is_unauthorized(string path) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await dashboard.ClientWith(null).GetAsync(path)).StatusCode);

    [Theory]
    [InlineData("/admin/orleans/")]
    [InlineData("/admin/orleans/DashboardCounters")]
    public async Task A_reader_is_forbidden(string path) =>
        Assert.Equal(HttpStatusCode.Forbidden, (await dashboard.ClientWith(ReaderToken).GetAsync(path)).StatusCode);

    [Fact]
    public async Task An_admin_gets_the_dashboard_page()
    {
        var response = await dashboard.ClientWith(ApiFactory.AdminToken).GetAsync("/admin/orleans/");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_admin_gets_the_counters_the_page_reads()
    {
        var response = await dashboard.ClientWith(ApiFactory.AdminToken).GetAsync("/admin/orleans/DashboardCounters");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_browser_may_send_an_admins_token_in_the_cookie()
    {
        var response = await dashboard.ClientWith(null).SendAsync(WithCookie(HttpMethod.Get, "/admin/orleans/", ApiFactory.AdminToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_browser_without_a_token_is_told_how_to_sign_in()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/orleans/");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await dashboard.ClientWith(null).SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("document.cookie = \"namdinh_admin_token=TOKEN; path=/admin", page);
    }

    [Fact]
    public async Task A_readers_token_in_the_cookie_is_forbidden()
    {
        var response = await dashboard.ClientWith(null).SendAsync(WithCookie(HttpMethod.Get, "/admin/orleans/", ReaderToken));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_cookie_does_not_act_for_an_admin_on_the_api()
    {
        var request = WithCookie(HttpMethod.Post, "/graphql", ApiFactory.AdminToken);
        request.Content = JsonContent.Create(new { query = """mutation { createReport(input: { province: "ha-nam", year: 2094, synthetic: true }) { applied } }""" });

        var answer = await GraphQLAnswer.ReadAsync(await dashboard.ClientWith(null).SendAsync(request));

        Assert.Equal("UNAUTHENTICATED", answer.FirstErrorCode);
        Assert.Null(answer.Data?["createReport"]);
    }

    [Fact]
    public async Task Off_by_default_there_is_no_dashboard()
    {
        var response = await defaultServer.CreateClientWith(ApiFactory.AdminToken).GetAsync("/admin/orleans/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static HttpRequestMessage WithCookie(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", $"{AdminPages.TokenCookie}={token}");
        return request;
    }

    /// <summary>A server of its own with the dashboard switched on.</summary>
    public sealed class DashboardServer : IDisposable
    {
        private readonly ApiFactory _api = new();

        public DashboardServer() => Server = _api.WithWebHostBuilder(builder => builder.UseSetting("Orleans:Dashboard", "true"));

        public WebApplicationFactory<Program> Server { get; }

        public HttpClient ClientWith(string? token)
        {
            var client = Server.CreateClient();
            client.DefaultRequestHeaders.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
            return client;
        }

        public void Dispose()
        {
            Server.Dispose();
            _api.Dispose();
        }
    }
}
