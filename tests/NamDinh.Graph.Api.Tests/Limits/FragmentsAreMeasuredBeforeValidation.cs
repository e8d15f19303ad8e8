namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// Fragments are measured before the validator walks them: a long chain of spreads (which overflowed the validator's
/// stack), a fragment bomb (each fragment spreading the one before twice) and a cycle are refused at once, each with its code.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FragmentsAreMeasuredBeforeValidation(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task A_chain_of_fragments_deeper_than_MaxDepth_is_refused()
    {
        var answer = await _client.PostAsync("{ ...F0 } " + Chain(1240, index => index + 1 < 1240 ? $"...F{index + 1}" : "__typename"));

        Assert.Equal(400, answer.Status);
        Assert.Equal("QUERY_TOO_COMPLEX", answer.FirstErrorCode);
    }

    [Fact]
    public async Task A_short_chain_runs()
    {
        var answer = await _client.PostAsync("{ ...F0 } " + Chain(5, index => index + 1 < 5 ? $"__typename ...F{index + 1}" : "__typename"));

        Assert.Equal(200, answer.Status);
        Assert.Empty(answer.Errors);
    }

    [Fact]
    public async Task A_fragment_bomb_is_refused()
    {
        var answer = await _client.PostAsync("{ ...F14 } " + Chain(15, index => index == 0 ? "__typename" : $"...F{index - 1} ...F{index - 1}"));

        Assert.Equal(400, answer.Status);
        Assert.Equal("QUERY_TOO_COMPLEX", answer.FirstErrorCode);
        Assert.Contains("selections", answer.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_cycle_of_fragments_is_refused()
    {
        var answer = await _client.PostAsync("{ ...F0 } " + Chain(3, index => $"__typename ...F{(index + 1) % 3}"));

        Assert.Equal(400, answer.Status);
        Assert.Equal("NO_FRAGMENT_CYCLES", answer.FirstErrorCode);
    }

    private static string Chain(int count, Func<int, string> body) =>
        string.Join(' ', Enumerable.Range(0, count).Select(index => $"fragment F{index} on Query {{ {body(index)} }}"));
}
