namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// Limits:MaxPageSize (here 10) caps every paged field below its own maximum: a first above it is BAD_USER_INPUT
/// naming "first" (the field null, the rest of the answer there); a first of the limit is answered. A client that
/// gives no first, or first: null, gets a page of at most the limit, not an error about an argument it never gave.
/// </summary>
public sealed class MaxPageSizeCapsEveryPage(MaxPageSizeCapsEveryPage.Server server) : IClassFixture<MaxPageSizeCapsEveryPage.Server>
{
    public sealed class Server() : ConfiguredApi(("Limits:MaxPageSize", "10"));

    [Fact]
    public async Task A_page_of_the_limit_is_answered()
    {
        var answer = await server.Admin.PostAsync("{ indicators(first: 10) { nodes { code } pageInfo { hasNextPage } } }");

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.Equal(10, answer.Data!["indicators"].Array("nodes").Count);
        Assert.True(answer.Data["indicators"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_first_above_the_limit_is_BAD_USER_INPUT_naming_first()
    {
        var answer = await server.Admin.PostAsync("{ indicators(first: 11) { nodes { code } } units { code } }");

        Assert.Equal(200, answer.Status);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("BAD_USER_INPUT", error.CodeOf());
        Assert.Equal("first", error.FieldOf());
        Assert.Equal("first must be within 1–10, not 11.", error.Text("message"));
        Assert.Equal("indicators", error!["path"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task The_limit_holds_for_a_reports_history_too()
    {
        var over = await server.Admin.PostAsync("""{ report(province: "nam-dinh", year: 2021) { history(first: 11) { totalCount } } }""");
        var at = await server.Admin.PostAsync("""{ report(province: "nam-dinh", year: 2021) { history(first: 10) { totalCount } } }""");

        Assert.Equal("BAD_USER_INPUT", over.FirstErrorCode);
        Assert.Equal("first", over.Errors[0].FieldOf());
        Assert.True(at.Errors.Count == 0, at.Text);
    }

    [Fact]
    public async Task A_field_with_a_higher_maximum_of_its_own_is_bound_by_the_limit()
    {
        // history's own maximum is 100; the limit (10) is lower, so 10 is the bound named.
        var answer = await server.Admin.PostAsync("""{ report(province: "nam-dinh", year: 2021) { history(first: 50) { totalCount } } }""");

        Assert.Equal("first must be within 1–10, not 50.", answer.Errors[0].Text("message"));
    }

    /// <summary>first: null asks for no size, as leaving it out does (it was an unexpected error).</summary>
    [Fact]
    public async Task A_first_of_null_is_answered_as_no_first()
    {
        var answer = await server.Admin.PostAsync("query($n: Int) { indicators(first: null) { nodes { code } } again: indicators(first: $n) { nodes { code } } }");

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.Equal(10, answer.Data!["indicators"].Array("nodes").Count);
        Assert.Equal(10, answer.Data["again"].Array("nodes").Count);
    }

    /// <summary>indicators gives 50 by default and history 20: above the limit, a request without first gets the limit's page.</summary>
    [Fact]
    public async Task Without_first_a_page_of_at_most_the_limit_is_answered()
    {
        var figures = await server.Admin.PostAsync("{ indicators { nodes { code } } }");
        var history = await server.Admin.PostAsync("""{ report(province: "nam-dinh", year: 2021) { history { totalCount } } }""");

        Assert.True(figures.Errors.Count == 0, figures.Text);
        Assert.InRange(figures.Data!["indicators"].Array("nodes").Count, 1, 10);
        Assert.True(history.Errors.Count == 0, history.Text);
    }
}
