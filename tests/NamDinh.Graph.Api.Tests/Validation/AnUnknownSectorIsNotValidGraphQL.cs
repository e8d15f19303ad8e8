namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// The sector is an enum: a sector the schema does not know never reaches a resolver. The document (or its
/// variables) fails GraphQL validation, the answer has no data at all, and nothing changes.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AnUnknownSectorIsNotValidGraphQL(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task Written_in_the_document_it_fails_validation()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var before = await _client.ReadWholeAsync(own);

        var answer = await _client.PostAsync($$"""
            mutation { addTask(input: { province: "{{own.Slug}}", year: {{own.Year}}, sector: SPACE, text: "Trên sao Hỏa." }) { version } }
            """);

        Assert.Equal(400, answer.Status);
        Assert.False(answer.Body.ContainsKey("data"));
        var error = Assert.Single(answer.Errors);
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", error.CodeOf());
        Assert.Contains("Sector", error.Text("message"));
        Assert.Equal(before, await _client.ReadWholeAsync(own));
    }

    [Fact]
    public async Task Given_in_the_variables_it_is_an_invalid_value()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var before = await _client.ReadWholeAsync(own);

        var answer = await _client.TryMutateAsync("addPriority", own.Input(new { sector = "SPACE", text = "Trên sao Hỏa." }));

        Assert.Equal(400, answer.Status);
        Assert.False(answer.Body.ContainsKey("data"));
        var error = Assert.Single(answer.Errors);
        Assert.Equal("INVALID_VALUE", error.CodeOf());
        Assert.Contains("sector", error.Text("message"));
        Assert.Equal(before, await _client.ReadWholeAsync(own));
    }
}
