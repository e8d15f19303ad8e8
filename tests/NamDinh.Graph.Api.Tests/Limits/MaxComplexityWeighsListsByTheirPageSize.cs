using System.Text.RegularExpressions;

namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// Limits:MaxComplexity (here 100) is the most an operation may cost as GraphQL.NET's analyzer counts it: 1 per
/// field, the fields under a paged list times its page size (first), under another list times 20. Over it is
/// QUERY_TOO_COMPLEX (400) and nothing runs; at it, the operation runs. So a list's page size weighs:
/// indicators(first: 500) costs far more than indicators(first: 5), however the page size is given.
/// </summary>
public sealed partial class MaxComplexityWeighsListsByTheirPageSize(MaxComplexityWeighsListsByTheirPageSize.Server server) : IClassFixture<MaxComplexityWeighsListsByTheirPageSize.Server>
{
    public sealed class Server() : ConfiguredApi(("Limits:MaxComplexity", "100"));

    /// <summary>indicators, nodes and first × code: 2 + first.</summary>
    private static string Figures(int first) => $$"""{ indicators(first: {{first}}) { nodes { code } } }""";

    [Fact]
    public async Task A_small_page_runs()
    {
        var answer = await server.Admin.PostAsync(Figures(5));

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.Equal(5, answer.Data!["indicators"].Array("nodes").Count);
    }

    [Fact]
    public async Task A_page_of_500_is_QUERY_TOO_COMPLEX()
    {
        var answer = await server.Admin.PostAsync(Figures(500));

        Assert.Equal(400, answer.Status);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("QUERY_TOO_COMPLEX", error.CodeOf());
        Assert.Equal(502, ComplexityIn(answer));
        Assert.Contains("maximum allowed on this endpoint is 100", error.Text("message"));
        Assert.Null(answer.Data);
    }

    [Fact]
    public async Task A_page_that_costs_exactly_the_limit_runs_and_one_more_figure_does_not()
    {
        var atTheLimit = await server.Admin.PostAsync(Figures(98));
        var overIt = await server.Admin.PostAsync(Figures(99));

        Assert.True(atTheLimit.Errors.Count == 0, atTheLimit.Text);
        Assert.Equal("QUERY_TOO_COMPLEX", overIt.FirstErrorCode);
        Assert.Equal(101, ComplexityIn(overIt));
    }

    [Fact]
    public async Task A_page_size_given_in_a_variable_weighs_the_same()
    {
        var answer = await server.Admin.PostAsync("query($first: Int) { indicators(first: $first) { nodes { code } } }", new { first = 500 });

        Assert.Equal("QUERY_TOO_COMPLEX", answer.FirstErrorCode);
        Assert.Equal(502, ComplexityIn(answer));
    }

    [Fact]
    public async Task A_list_without_paging_weighs_20_per_field_under_it()
    {
        // units, and 20 × code: 21; with a second field under it, 41.
        var one = await server.Admin.PostAsync("{ units { code } }");
        var two = await server.Admin.PostAsync("{ units { code name } huge: indicators(first: 500) { nodes { code } } }");

        Assert.Empty(one.Errors);
        Assert.Equal(41 + 502, ComplexityIn(two));
    }

    /// <summary>
    /// indicators gives 50 figures when first is not given, so it costs what first: 50 costs. (The analyzer weighs
    /// an absent first as any list, 20: 22 instead of 52.) Told by the complexity the refusal names, beside a page of 500.
    /// </summary>
    [Fact]
    public async Task A_page_without_first_weighs_as_its_default_page_of_50()
    {
        var withoutFirst = await server.Admin.PostAsync("{ indicators { nodes { code } } huge: indicators(first: 500) { nodes { code } } }");
        var withFifty = await server.Admin.PostAsync("{ indicators(first: 50) { nodes { code } } huge: indicators(first: 500) { nodes { code } } }");

        Assert.Equal(52 + 502, ComplexityIn(withFifty));
        Assert.Equal(ComplexityIn(withFifty), ComplexityIn(withoutFirst));
    }

    private static int ComplexityIn(GraphQLAnswer answer)
    {
        Assert.True(answer.FirstErrorCode == "QUERY_TOO_COMPLEX", answer.Text);
        var match = Complexity().Match(answer.Errors[0].Text("message"));
        Assert.True(match.Success, answer.Text);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Complexity is (\d+)")]
    private static partial Regex Complexity();
}
