namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// Limits:MaxRootFields (here 3) is how many fields an operation may select at its root, those of fragments spread or
/// inlined at the root included: one more is QUERY_TOO_COMPLEX (400) and nothing runs; exactly the limit runs.
/// </summary>
public sealed class MaxRootFieldsCountsFragmentsAtTheRoot(MaxRootFieldsCountsFragmentsAtTheRoot.Server server) : IClassFixture<MaxRootFieldsCountsFragmentsAtTheRoot.Server>
{
    public sealed class Server() : ConfiguredApi(("Limits:MaxRootFields", "3"));

    [Fact]
    public async Task Three_root_fields_run()
    {
        var answer = await server.Admin.PostAsync("{ units { code } provinces { code } __typename }");

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.Equal("Query", answer.Data.Text("__typename"));
    }

    [Fact]
    public async Task Four_root_fields_are_QUERY_TOO_COMPLEX()
    {
        var answer = await server.Admin.PostAsync("{ units { code } provinces { code } __typename reports { id } }");

        Assert.Equal(400, answer.Status);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("QUERY_TOO_COMPLEX", error.CodeOf());
        Assert.Equal("The operation selects 4 fields at its root; at most 3 are allowed.", error.Text("message"));
        Assert.Null(answer.Data);
    }

    [Fact]
    public async Task Fields_of_a_fragment_spread_at_the_root_count()
    {
        var answer = await server.Admin.PostAsync("""
            { units { code } ...More }
            fragment More on Query { provinces { code } __typename reports { id } }
            """);

        Assert.Equal("QUERY_TOO_COMPLEX", answer.FirstErrorCode);
        Assert.Contains("4 fields", answer.Errors[0].Text("message"));
    }

    [Fact]
    public async Task Fields_of_an_inline_fragment_at_the_root_count()
    {
        var answer = await server.Admin.PostAsync("{ units { code } ... on Query { provinces { code } __typename reports { id } } }");

        Assert.Equal("QUERY_TOO_COMPLEX", answer.FirstErrorCode);
    }

    [Fact]
    public async Task A_fragment_spread_twice_counts_once_and_runs()
    {
        var answer = await server.Admin.PostAsync("""
            { ...Three ...Three }
            fragment Three on Query { units { code } provinces { code } __typename }
            """);

        Assert.True(answer.Errors.Count == 0, answer.Text);
    }

    [Fact]
    public async Task Only_the_operation_that_runs_counts()
    {
        var document = """
            query Small { units { code } }
            query Large { units { code } provinces { code } __typename reports { id } }
            """;

        var small = await server.AdminHttp.PostBodyAsync(System.Text.Json.JsonSerializer.Serialize(new { query = document, operationName = "Small" }));
        var large = await server.AdminHttp.PostBodyAsync(System.Text.Json.JsonSerializer.Serialize(new { query = document, operationName = "Large" }));

        Assert.True(small.Status == 200, small.Text);
        Assert.Equal(400, large.Status);
        Assert.Equal("QUERY_TOO_COMPLEX", large.Body.Array("errors")[0].CodeOf());
    }
}
