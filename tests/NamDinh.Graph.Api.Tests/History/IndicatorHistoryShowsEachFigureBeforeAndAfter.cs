namespace NamDinh.Graph.Api.Tests;

/// <summary>report.indicatorHistory(code) lists the revisions that changed one figure, newest first, with the figure before and after each.</summary>
[Collection(ApiCollection.Name)]
public sealed class IndicatorHistoryShowsEachFigureBeforeAndAfter(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task Only_the_revisions_of_that_figure_with_old_and_new_values()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        await _client.MutateAsync("setIndicator", own.Input(new { code = "telecom.revenue", value = "1200", multiplier = "1000000000", reason = "first estimate" }));
        await _client.MutateAsync("setIndicator", own.Input(new { code = "press.news-items", value = "3300" }));
        await _client.MutateAsync("setIndicator", own.Input(new { code = "telecom.revenue", value = "1250", multiplier = "1000000000", status = "REVISED", reason = "revised" }));
        await _client.MutateAsync("removeIndicator", own.Input(new { code = "telecom.revenue", reason = "withdrawn" }));

        var read = await _client.ReadAsync(own, """
            all: indicatorHistory(code: "telecom.revenue") { version at by reason operation oldValue { value status multiplier } newValue { value status baseValue } }
            newest: indicatorHistory(code: "telecom.revenue", first: 2) { version }
            older: indicatorHistory(code: "telecom.revenue", after: "4") { version }
            """);

        var all = read.Array("all");
        Assert.Equal(new[] { 5, 4, 2, 1 }, all.Select(revision => revision.Int("version")));
        Assert.Equal(new[] { "removeIndicator", "setIndicator", "setIndicator", "importReport" }, all.Select(revision => revision.Text("operation")));
        Assert.Equal(new string?[] { "withdrawn", "revised", "first estimate", null }, all.Select(revision => revision!["reason"]?.GetValue<string>()));
        Assert.All(all, revision => Assert.Equal(ApiFactory.AdminSubject, revision.Text("by")));

        Assert.Equal("1250", all[0]!["oldValue"].Text("value"));
        Assert.Equal("REVISED", all[0]!["oldValue"].Text("status"));
        Assert.Null(all[0]!["newValue"]);
        Assert.Equal("1200", all[1]!["oldValue"].Text("value"));
        Assert.Equal("1250", all[1]!["newValue"].Text("value"));
        Assert.Equal("1250000000000", all[1]!["newValue"].Text("baseValue"));
        Assert.Equal("1150", all[2]!["oldValue"].Text("value"));
        Assert.Equal("ESTIMATE", all[2]!["oldValue"].Text("status"));
        Assert.Equal("1200", all[2]!["newValue"].Text("value"));
        Assert.Equal("ESTIMATE", all[2]!["newValue"].Text("status"));
        Assert.Null(all[3]!["oldValue"]);
        Assert.Equal("1150", all[3]!["newValue"].Text("value"));

        Assert.Equal(new[] { 5, 4 }, read.Array("newest").Select(revision => revision.Int("version")));
        Assert.Equal(new[] { 2, 1 }, read.Array("older").Select(revision => revision.Int("version")));
    }
}
