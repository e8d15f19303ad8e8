using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Api.Execution;

namespace NamDinh.Graph.Api.Tests.Performance;

/// <summary>
/// A document that ran is kept parsed and validated (<see cref="DocumentCache"/>), but what depends on the request is
/// still checked every time: who asks, over which transport, with which variables. A refused document is never kept.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ACachedDocumentIsStillCheckedForEachRequest(ApiFactory api)
{
    private const string DryRun = """
        mutation($v: Decimal!) { setIndicator(input: { province: "nam-dinh", year: 2021, code: "postal.revenue", value: $v, dryRun: true }) { applied } }
        """;

    private DocumentCache Cache => api.Services.GetRequiredService<DocumentCache>();

    [Fact]
    public async Task A_document_asked_again_is_kept_once()
    {
        var query = $"{{ report(province: \"nam-dinh\", year: 2021) {{ id }} }} # {Guid.NewGuid()}";
        var client = new GraphQLClient(api.CreateClient());

        var first = await client.PostAsync(query);
        var held = Cache.Count;
        var second = await client.PostAsync(query);

        Assert.Equal(first.Text, second.Text);
        Assert.Equal(held, Cache.Count);
    }

    [Fact]
    public async Task An_anonymous_client_is_refused_a_mutation_an_admin_ran_before()
    {
        var admin = await new GraphQLClient(api.CreateClient()).PostAsync(DryRun, new { v = "131" });
        var anonymous = await new GraphQLClient(api.CreateClientWith(null)).PostAsync(DryRun, new { v = "131" });

        Assert.Empty(admin.Errors);
        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);
    }

    [Fact]
    public async Task A_mutation_that_ran_over_POST_is_still_refused_over_GET()
    {
        await new GraphQLClient(api.CreateClient()).PostAsync(DryRun, new { v = "2" });
        var http = api.CreateClient();
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLClient.GraphQLResponseJson));

        var answer = await GraphQLAnswer.ReadAsync(await http.GetAsync(
            $"/graphql?query={Uri.EscapeDataString(DryRun)}&variables={Uri.EscapeDataString("""{"v":"2"}""")}"));

        Assert.Equal((int)HttpStatusCode.MethodNotAllowed, answer.Status);
    }

    [Fact]
    public async Task Variables_are_checked_each_time()
    {
        const string query = "query($y: Int!) { report(province: \"nam-dinh\", year: $y) { id } } # variables";
        var client = new GraphQLClient(api.CreateClient());

        var good = await client.PostAsync(query, new { y = 2021 });
        var bad = await client.PostAsync(query, new { y = "the year" });

        Assert.Equal("Report:36-2021", good.Data!["report"]!["id"]!.GetValue<string>());
        Assert.Null(bad.Data?["report"]);
        Assert.NotNull(bad.FirstErrorCode);
    }

    [Fact]
    public async Task A_page_size_from_a_variable_is_costed_each_time()
    {
        const string query = "query($n: Int) { indicators(first: $n) { nodes { code year reportVersion } } } # cost";
        var client = new GraphQLClient(api.CreateClient());

        var small = await client.PostAsync(query, new { n = 5 });
        var huge = await client.PostAsync(query, new { n = 1_000_000 });

        Assert.Empty(small.Errors);
        Assert.Equal("QUERY_TOO_COMPLEX", huge.FirstErrorCode);
    }

    [Fact]
    public async Task A_refused_document_is_not_kept()
    {
        var client = new GraphQLClient(api.CreateClient());
        var held = Cache.Count;

        var answer = await client.PostAsync($"{{ report(province: \"nam-dinh\", year: 2021) {{ noSuchField }} }} # {Guid.NewGuid()}");

        Assert.NotEmpty(answer.Errors);
        Assert.Equal(held, Cache.Count);
    }

    [Fact]
    public async Task A_document_with_an_invalid_operation_is_refused_whichever_operation_runs()
    {
        const string document = "query Good { report(province: \"nam-dinh\", year: 2021) { id } } query Bad { report(province: \"nam-dinh\", year: 2021) { noSuchField } }";
        var http = api.CreateClient();
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLClient.GraphQLResponseJson));

        var good = await GraphQLAnswer.ReadAsync(await http.PostAsJsonAsync("/graphql", new { query = document, operationName = "Good" }));
        var bad = await GraphQLAnswer.ReadAsync(await http.PostAsJsonAsync("/graphql", new { query = document, operationName = "Bad" }));

        Assert.Equal((int)HttpStatusCode.BadRequest, good.Status);
        Assert.Equal((int)HttpStatusCode.BadRequest, bad.Status);
        Assert.NotNull(bad.FirstErrorCode);
    }
}
