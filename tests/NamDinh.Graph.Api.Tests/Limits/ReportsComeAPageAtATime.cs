using System.Globalization;
using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// reports answers a page at a time: first (100 when not given, at most Limits:MaxReportsListed, here 3) in the order
/// of province code then year, and after a report's key the page that follows it. The pages, read one after
/// another, are the whole list. A page out of range or a cursor that is not a key is BAD_USER_INPUT; the weight of
/// reports is its page, so a small page of every figure runs where every report would not.
/// </summary>
public sealed class ReportsComeAPageAtATime(ReportsComeAPageAtATime.Server server) : IClassFixture<ReportsComeAPageAtATime.Server>
{
    public sealed class Server() : ConfiguredApi(("Limits:MaxReportsListed", "3"));

    [Fact]
    public async Task Pages_read_one_after_another_are_the_whole_list()
    {
        await server.Admin.CreateReportAsync("ha-nam", 2021);
        await server.Admin.CreateReportAsync("ha-nam", 2022);
        var whole = Keys((await server.Admin.PostAsync("{ reports(first: 3) { key } }")).Data!["reports"]!);
        Assert.True(whole.Count == 3, string.Join(",", whole));

        var paged = new List<string>();
        string? after = null;
        do
        {
            var page = await server.Admin.PostAsync("query($after: String) { reports(first: 1, after: $after) { key } }", new { after });
            var keys = Keys(page.Data!["reports"]!);
            Assert.True(keys.Count <= 1, page.Text);
            paged.AddRange(keys);
            after = keys.Count == 1 ? keys[0] : null;
        }
        while (after is not null && paged.Count < 3);

        Assert.Equal(whole, paged);
        Assert.Equal(whole.OrderBy(key => key.Split('-')[0], StringComparer.Ordinal).ThenBy(key => int.Parse(key.Split('-')[1], CultureInfo.InvariantCulture)), whole);
    }

    [Theory]
    [InlineData("{ reports(first: 0) { key } }")]
    [InlineData("{ reports(first: 4) { key } }")]
    [InlineData("{ reports(after: \"nam-dinh\") { key } }")]
    public async Task A_page_out_of_range_or_a_cursor_that_is_not_a_key_is_refused(string query)
    {
        var answer = await server.Admin.PostAsync(query);

        Assert.Equal("BAD_USER_INPUT", answer.FirstErrorCode);
    }

    [Fact]
    public async Task A_page_is_weighed_as_its_size()
    {
        var answer = await server.Admin.PostAsync(Amplification.Aliased(3, "(first: 1)"));

        Assert.True(answer.Errors.Count == 0, answer.Text);
    }

    private static List<string> Keys(JsonNode reports) => [.. reports.AsArray().Select(report => report!["key"]!.GetValue<string>())];
}
