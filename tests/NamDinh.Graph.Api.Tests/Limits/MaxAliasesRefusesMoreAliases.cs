namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// Limits:MaxAliases (here 3) is how many aliases one document may use, wherever they are (nested, in fragments):
/// one more is QUERY_TOO_COMPLEX (400) and nothing runs; exactly the limit runs.
/// </summary>
public sealed class MaxAliasesRefusesMoreAliases(MaxAliasesRefusesMoreAliases.Server server) : IClassFixture<MaxAliasesRefusesMoreAliases.Server>
{
    public sealed class Server() : ConfiguredApi(("Limits:MaxAliases", "3"));

    [Fact]
    public async Task Three_aliases_run()
    {
        var answer = await server.Admin.PostAsync("{ a: units { code } b: units { c: code } }");

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.NotEmpty(answer.Data.Array("b"));
    }

    [Fact]
    public async Task Four_aliases_are_QUERY_TOO_COMPLEX()
    {
        var answer = await server.Admin.PostAsync("{ a: units { code } b: units { c: code d: code } }");

        Assert.Equal(400, answer.Status);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("QUERY_TOO_COMPLEX", error.CodeOf());
        Assert.Equal("The document uses more than 3 aliases.", error.Text("message"));
        Assert.Null(answer.Data);
    }

    [Fact]
    public async Task Aliases_in_fragments_count()
    {
        var answer = await server.Admin.PostAsync("""
            { a: units { ...Unit } b: units { code } }
            fragment Unit on Unit { c: code d: code }
            """);

        Assert.Equal("QUERY_TOO_COMPLEX", answer.FirstErrorCode);
    }
}
