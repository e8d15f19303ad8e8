using static NamDinh.Graph.Api.Tests.Auth.TestTokens;

namespace NamDinh.Graph.Api.Tests.Auth;

/// <summary>
/// importReport checks who asks before it reads the report it is given: without a token the answer is UNAUTHENTICATED
/// and a reader's is FORBIDDEN, whatever the JSON holds; an editor's broken JSON is told where it breaks, in the JSON's
/// terms, never with the server's type names.
/// </summary>
[Collection(AuthServerCollection.Name)]
public sealed class AnImportIsReadOnlyForAnEditor(ApiFactory api)
{
    private const string Import = "mutation($r: String!) { importReport(input: { report: $r }) { version } }";
    private const string Broken = """{ "key": { "provinceCode": "36", "year": 2033 }, "indicators": [ { "code": 5 } ] }""";

    [Fact]
    public async Task Without_a_token_the_JSON_is_not_read()
    {
        var answer = await api.GraphQLWith(null).PostAsync(Import, new { r = Broken });

        Assert.Equal("UNAUTHENTICATED", answer.FirstErrorCode);
        Assert.DoesNotContain("NamDinh", answer.Text);
    }

    [Fact]
    public async Task A_reader_is_FORBIDDEN_before_the_JSON_is_read()
    {
        var answer = await api.GraphQLWith(Reader()).PostAsync(Import, new { r = Broken });

        Assert.Equal("FORBIDDEN", answer.FirstErrorCode);
        Assert.DoesNotContain("NamDinh", answer.Text);
    }

    [Fact]
    public async Task An_editors_broken_JSON_is_told_by_its_path_without_type_names()
    {
        var answer = await api.GraphQLWith(EditorOf("editor-of-36", "36")).PostAsync(Import, new { r = Broken });

        Assert.Equal("BAD_USER_INPUT", answer.FirstErrorCode);
        Assert.Contains("$.indicators[0].code", answer.Text);
        Assert.DoesNotContain("NamDinh", answer.Text);
        Assert.DoesNotContain("System.", answer.Text);
    }
}
