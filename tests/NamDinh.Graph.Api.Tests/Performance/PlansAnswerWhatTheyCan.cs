using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Api.Execution.Compiled;

namespace NamDinh.Graph.Api.Tests.Performance;

/// <summary>
/// Queries are answered by plans that write JSON straight from the resolvers (<see cref="PlannedAnswer"/>) where they
/// can, and by GraphQL.NET's executor where they cannot; the bytes are the executor's either way. Two servers of their
/// own, one with plans and one without (Execution:CompiledPlans false). The differential suite compares many more
/// operations; these pin which way each kind of operation goes.
/// </summary>
public sealed class PlansAnswerWhatTheyCan : IDisposable
{
    private static readonly string ReportOperation = File.ReadAllText(RepositoryFiles.PathOf("schema/operations/Report.graphql"));

    private readonly ApiFactory _planned = new();
    private readonly ApiFactory _general = new();
    private readonly WebApplicationFactory<Program> _withoutPlans;

    public PlansAnswerWhatTheyCan() =>
        _withoutPlans = _general.WithWebHostBuilder(builder => builder.UseSetting("Execution:CompiledPlans", "false"));

    public void Dispose()
    {
        _withoutPlans.Dispose();
        _general.Dispose();
        _planned.Dispose();
    }

    private PlanUse Use => _planned.Services.GetRequiredService<PlanUse>();

    [Fact]
    public async Task The_whole_report_findings_and_all_is_written_by_a_plan()
    {
        var (planned, general) = await BothAsync(ReportOperation, """{ "province": "nam-dinh", "year": 2021 }""");

        Assert.Equal(general, planned);
        Assert.Contains("\"findings\":[{", planned, StringComparison.Ordinal);
        Assert.Equal((1, 0), (Use.Planned, Use.LeftOver));
        Assert.Equal(0, _withoutPlans.Services.GetRequiredService<PlanUse>().Planned);
    }

    [Fact]
    public async Task Reports_with_values_loaded_in_rounds_are_written_by_a_plan()
    {
        const string query = """
            { reports(year: 2021, first: 5) { key findings { key kind } f: indicators(code: "postal.revenue") { value source { sentence } } }
              twice: report(province: "36", year: 2021) { key } }
            """;

        var (planned, general) = await BothAsync(query);

        Assert.Equal(general, planned);
        Assert.Equal((1, 0), (Use.Planned, Use.LeftOver));
    }

    [Fact]
    public async Task An_interface_is_left_to_the_executor_for_good()
    {
        const string query = """{ node(id: "Report:36-2021") { id ... on Report { key } } }""";

        var (first, general) = await BothAsync(query);
        await PostAsync(_planned.CreateClient(), query);

        Assert.Equal(general, first);
        Assert.Equal((0, 1), (Use.Planned, Use.LeftOver));
    }

    [Fact]
    public async Task An_error_is_left_to_the_executor_for_that_request_only()
    {
        const string query = """query($p: String!) { report(province: $p, year: 2021) { key } }""";

        var (missing, general) = await BothAsync(query, """{ "p": "no-such-province" }""");
        var (found, _) = await BothAsync(query, """{ "p": "nam-dinh" }""");

        Assert.Equal(general, missing);
        Assert.Contains("\"errors\"", missing, StringComparison.Ordinal);
        Assert.Contains("36-2021", found, StringComparison.Ordinal);
        Assert.Equal((1, 1), (Use.Planned, Use.LeftOver));
    }

    private async Task<(string Planned, string General)> BothAsync(string query, string variables = "{}") =>
        (await PostAsync(_planned.CreateClient(), query, variables), await PostAsync(_withoutPlans.CreateClient(), query, variables));

    private static async Task<string> PostAsync(HttpClient client, string query, string variables = "{}")
    {
        using var body = new StringContent($$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(query)}},"variables":{{variables}}}""", System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), body);
        return await response.Content.ReadAsStringAsync();
    }
}
