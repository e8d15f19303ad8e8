namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// No text a client writes holds control characters (NUL, ESC, C1) or bidirectional overrides, and the reason a
/// change gives keeps the rule and the length limit of the report's own long texts.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TextsHoldNoControlCharacters(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Theory]
    [InlineData("Thanh tra\u0000.")]
    [InlineData("\u001b[31mThanh tra.")]
    [InlineData("Thanh tra \u202Egnoc.")]
    [InlineData("Thanh tra\u0085.")]
    [InlineData("\u0000\u001b ")]
    public async Task A_task_text_with_one_is_refused(string text)
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var before = await _client.ReadWholeAsync(own);

        var answer = await _client.TryMutateAsync("addTask", own.Input(new { sector = "INSPECTION", text }));

        Assert.Equal("BAD_USER_INPUT", answer.FirstErrorCode);
        Assert.Equal("input.text", answer.Errors[0].FieldOf());
        Assert.Equal(before, await _client.ReadWholeAsync(own));
    }

    [Theory]
    [InlineData("Sửa\u001b[2J lỗi.")]
    [InlineData("Sửa lỗi \u2066.")]
    public async Task A_reason_with_one_is_refused(string reason)
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var answer = await _client.TryMutateAsync("addTask", own.Input(new { sector = "INSPECTION", text = "Thanh tra.", reason }));

        Assert.Equal("BAD_USER_INPUT", answer.FirstErrorCode);
        Assert.Equal("input.reason", answer.Errors[0].FieldOf());
    }

    [Fact]
    public async Task A_reason_longer_than_a_long_text_is_refused()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var answer = await _client.TryMutateAsync("addTask", own.Input(new { sector = "INSPECTION", text = "Thanh tra.", reason = new string('a', 4001) }));

        Assert.Equal("input.reason", answer.Errors[0].FieldOf());
    }

    [Fact]
    public async Task Newlines_and_tabs_are_text()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        await _client.MutateAsync("addTask", own.Input(new { sector = "INSPECTION", text = "Thanh tra:\n\t- một.", reason = "Bổ sung\ttheo\nbáo cáo." }));
    }
}
