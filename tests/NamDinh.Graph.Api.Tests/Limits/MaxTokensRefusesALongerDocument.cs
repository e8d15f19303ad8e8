namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// Limits:MaxTokens (here 20) is the most lexical tokens a document may have, counted before it is parsed: one more is
/// QUERY_TOO_LARGE (400 in application/graphql-response+json) and nothing runs; a document of exactly the limit runs.
/// It counts tokens, not characters: a long string is one token.
/// </summary>
public sealed class MaxTokensRefusesALongerDocument(MaxTokensRefusesALongerDocument.Server server) : IClassFixture<MaxTokensRefusesALongerDocument.Server>
{
    public sealed class Server() : ConfiguredApi(("Limits:MaxTokens", "20"));

    /// <summary>{ units { code … } }: 5 tokens and one per code.</summary>
    private static string Units(int codes) => "{ units { " + string.Join(' ', Enumerable.Repeat("code", codes)) + " } }";

    [Fact]
    public async Task A_document_of_exactly_the_limit_runs()
    {
        var answer = await server.Admin.PostAsync(Units(15));

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.NotEmpty(answer.Data.Array("units"));
    }

    [Fact]
    public async Task A_document_of_one_token_more_is_QUERY_TOO_LARGE()
    {
        var answer = await server.Admin.PostAsync(Units(16));

        Assert.Equal(400, answer.Status);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("QUERY_TOO_LARGE", error.CodeOf());
        Assert.Equal("The document has more than 20 tokens.", error.Text("message"));
        Assert.Null(answer.Data);
    }

    [Fact]
    public async Task A_long_string_is_one_token()
    {
        // { province(id: "…") { code } }: 10 tokens, whatever the length of the string.
        var answer = await server.Admin.PostAsync("{ province(id: \"" + new string('x', 5000) + "\") { code } }");

        Assert.DoesNotContain(answer.Errors, error => error.CodeOf() == "QUERY_TOO_LARGE");
    }

    [Fact]
    public async Task A_document_over_the_limit_is_refused_even_when_it_is_not_valid_GraphQL()
    {
        var answer = await server.Admin.PostAsync(Units(30) + " }}}");

        Assert.Equal("QUERY_TOO_LARGE", answer.FirstErrorCode);
    }
}
