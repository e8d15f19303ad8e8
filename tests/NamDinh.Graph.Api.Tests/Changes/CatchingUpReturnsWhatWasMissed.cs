namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// changes(after:) gives a partner what it missed: the stored changes after its cursor, oldest first, each with
/// the cursor to resume from; filtered to a report, a sector or an indicator.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CatchingUpReturnsWhatWasMissed(ApiFactory api)
{
    private const string Event = "cursor version operation year province { code } changes { part key }";
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task The_changes_after_a_cursor_are_exactly_those_made_since_in_order()
    {
        var own = OwnReport.Next();
        await _client.CreateAsync(own);
        await SetAsync(own, "telecom.revenue", "100");
        var seen = $"{own.Id}:2";
        await SetAsync(own, "telecom.revenue", "101");
        await SetAsync(own, "internet.subscribers.new", "45000");
        await SetAsync(own, "telecom.revenue", "102");

        var missed = await ChangesAsync(new { after = new[] { seen }, where = new { province = own.Slug, year = own.Year } });

        Assert.Equal([3, 4, 5], missed.Select(change => change.Int("version")));
        Assert.Equal([$"{own.Id}:3", $"{own.Id}:4", $"{own.Id}:5"], missed.Select(change => change.Text("cursor")));
        Assert.All(missed, change => Assert.Equal("setIndicator", change.Text("operation")));
    }

    [Fact]
    public async Task Without_a_cursor_a_report_is_read_from_its_creation()
    {
        var own = OwnReport.Next();
        await _client.CreateAsync(own);
        await SetAsync(own, "telecom.revenue", "100");

        var all = await ChangesAsync(new { where = new { province = own.Province.Code, year = own.Year } });

        Assert.Equal([1, 2], all.Select(change => change.Int("version")));
        Assert.Equal("createReport", all[0].Text("operation"));
    }

    [Fact]
    public async Task A_sector_or_indicator_filter_keeps_the_changes_of_those_figures()
    {
        var own = OwnReport.Next();
        await _client.CreateAsync(own);
        await SetAsync(own, "telecom.revenue", "100");
        await SetAsync(own, "press.news-items", "3000");

        var telecom = await ChangesAsync(new { where = new { province = own.Slug, year = own.Year, sector = "POSTAL_TELECOM" } });
        var press = await ChangesAsync(new { where = new { province = own.Slug, year = own.Year, code = "press.news-items" } });

        Assert.Equal([2], telecom.Select(change => change.Int("version")));
        Assert.Equal([3], press.Select(change => change.Int("version")));
    }

    [Theory]
    [InlineData("""{ changes(after: ["not a cursor"]) { cursor } }""", "after")]
    [InlineData("""{ changes(where: { province: "atlantis" }) { cursor } }""", "where.province")]
    [InlineData("""{ changes(first: 0) { cursor } }""", "first")]
    public async Task A_bad_argument_is_BAD_USER_INPUT_naming_it(string query, string field)
    {
        var answer = await _client.PostAsync(query);

        Assert.Equal("BAD_USER_INPUT", answer.FirstErrorCode);
        Assert.Equal(field, answer.Errors[0]!["extensions"]!["field"]!.GetValue<string>());
    }

    private Task SetAsync(OwnReport own, string code, string value) =>
        _client.MutateAsync("setIndicator", own.Input(new { code, value }));

    private async Task<IReadOnlyList<System.Text.Json.Nodes.JsonNode>> ChangesAsync(object variables)
    {
        var answer = await _client.PostAsync($"query($after: [String!], $where: ChangeFilter) {{ changes(after: $after, where: $where) {{ {Event} }} }}", variables);
        Assert.Empty(answer.Errors);
        return answer.Data!["changes"]!.AsArray().Select(change => change!).ToList();
    }
}
