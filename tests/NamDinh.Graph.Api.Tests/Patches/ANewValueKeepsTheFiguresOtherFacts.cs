using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Patches;

/// <summary>
/// setIndicator with a new value alone changes the value and nothing else: the multiplier, status, comparisons and
/// the source sentence stay, the sentence marked with the value it states. The history names "value" as the one
/// field changed, and setting the value back to what the sentence states takes the mark off.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ANewValueKeepsTheFiguresOtherFacts(ApiFactory api)
{
    public const string Figure = """
        code value multiplier baseValue valueAsWritten status qualifier sourceStatesAnotherValue
        comparisons { change { amount unit comparedToYear } shareOfPlan { percent planYear } }
        source { section sentence statedBaseValue } planValue
        """;

    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task A_value_alone_keeps_multiplier_status_comparisons_and_the_marked_source()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var before = (await _client.ReadAsync(own, $"indicators(code: \"postal.revenue\") {{ {Figure} }}")).Array("indicators").Single()!;

        var payload = await _client.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "131", expectedVersion = 1 }),
            ReportRequests.PayloadFields + $"indicator {{ {Figure} }}");

        Assert.Equal(2, payload.Int("version"));
        var figure = payload["indicator"]!;
        Assert.Equal("131", figure.Text("value"));
        Assert.Equal("1000000000", figure.Text("multiplier"));
        Assert.Equal("131000000000", figure.Text("baseValue"));
        Assert.Equal("ESTIMATE", figure.Text("status"));
        Assert.Equal("8.3", figure["comparisons"]!["change"].Text("amount"));
        Assert.Equal("PERCENT", figure["comparisons"]!["change"].Text("unit"));
        Assert.Equal("118", figure["comparisons"]!["shareOfPlan"].Text("percent"));
        Assert.Equal(before["source"].Text("sentence"), figure["source"].Text("sentence"));
        Assert.Contains("130 tỷ đồng", figure["source"].Text("sentence"), StringComparison.Ordinal);
        Assert.Equal("130000000000", figure["source"].Text("statedBaseValue"));
        Assert.True(figure["sourceStatesAnotherValue"]!.GetValue<bool>());
        Assert.Null(before["source"]!["statedBaseValue"]);
        Assert.False(before["sourceStatesAnotherValue"]!.GetValue<bool>());

        var unchanged = new[] { "code", "multiplier", "valueAsWritten", "status", "qualifier", "comparisons", "planValue" };
        foreach (var field in unchanged)
            Assert.Equal(before[field]?.ToJsonString(), figure[field]?.ToJsonString());

        var history = await _client.ReadAsync(own, "history(first: 1) { nodes { version operation changes { part key fields } } }");
        var revision = history["history"].Array("nodes").Single()!;
        Assert.Equal(2, revision.Int("version"));
        var entry = Assert.Single(revision.Array("changes"))!;
        Assert.Equal("postal.revenue", entry.Text("key"));
        Assert.Equal(["value"], entry.Array("fields").Select(field => field!.GetValue<string>()));
    }

    [Fact]
    public async Task Setting_the_value_back_to_what_the_source_states_takes_the_mark_off()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        await _client.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "131" }));
        await _client.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "132" }));
        var twice = (await _client.ReadAsync(own, $"indicators(code: \"postal.revenue\") {{ {Figure} }}")).Array("indicators").Single()!;

        var payload = await _client.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "130", expectedVersion = 3 }),
            ReportRequests.PayloadFields + $"indicator {{ {Figure} }}");

        Assert.Equal("130000000000", twice["source"].Text("statedBaseValue"));
        var figure = payload["indicator"]!;
        Assert.Equal(4, payload.Int("version"));
        Assert.Null(figure["source"]!["statedBaseValue"]);
        Assert.False(figure["sourceStatesAnotherValue"]!.GetValue<bool>());
        var copy = own.CopyOfNamDinh().Indicators.Single(value => value.Code == "postal.revenue");
        Assert.Equal(copy.Source!.Sentence, figure["source"].Text("sentence"));
    }

    [Fact]
    public async Task The_fields_of_a_history_entry_name_each_field_a_change_changed()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var input = own.Input(new { code = "postal.revenue", status = "FINAL", comparisons = new { shareOfPlan = new { percent = "119", planYear = 2021 } } });
        var payload = await _client.MutateAsync("setIndicator", input, "version changes { key fields }");

        var entry = Assert.Single(payload.Array("changes"))!;
        Assert.Equal(["comparisons.shareOfPlan", "status"], entry.Array("fields").Select(field => field!.GetValue<string>()).Order());
    }

    public static JsonNode FigureOf(JsonNode report, string code) =>
        report.Array("indicators").Single(figure => figure.Text("code") == code)!;
}
