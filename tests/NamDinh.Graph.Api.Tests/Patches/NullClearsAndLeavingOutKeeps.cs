using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Patches;

/// <summary>
/// In setIndicator, setRanking and updateTask a field given as null clears what is stored and a field left out keeps
/// it; a field an item always has cannot be cleared and is BAD_USER_INPUT naming it. replaceIndicator is the one that
/// replaces a figure whole: what it leaves out takes a new figure's defaults.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class NullClearsAndLeavingOutKeeps(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task A_null_change_clears_the_change_and_keeps_the_share_of_plan()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var input = own.Input(new { code = "postal.revenue" });
        input["comparisons"] = new JsonObject { ["change"] = null };

        var figure = (await _client.MutateAsync("setIndicator", input, $"changes {{ fields }} indicator {{ {ANewValueKeepsTheFiguresOtherFacts.Figure} }}"))!;

        Assert.Null(figure["indicator"]!["comparisons"]!["change"]);
        Assert.Equal("118", figure["indicator"]!["comparisons"]!["shareOfPlan"].Text("percent"));
        Assert.Equal("130", figure["indicator"].Text("value"));
        Assert.Equal("ESTIMATE", figure["indicator"].Text("status"));
        Assert.NotNull(figure["indicator"]!["source"]);
        Assert.Equal(["comparisons.change"], Assert.Single(figure.Array("changes")).Array("fields").Select(field => field!.GetValue<string>()));
    }

    [Fact]
    public async Task A_null_plan_value_clears_it_and_leaving_it_out_keeps_it()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        await _client.MutateAsync("setIndicator", own.Input(new { code = "telecom.revenue", planValue = "1100" }));
        var kept = await _client.MutateAsync("setIndicator", own.Input(new { code = "telecom.revenue", value = "1160" }), "indicator { planValue }");
        var input = own.Input(new { code = "telecom.revenue" });
        input["planValue"] = null;

        var cleared = await _client.MutateAsync("setIndicator", input, "version indicator { value planValue }");

        Assert.Equal("1100", kept["indicator"].Text("planValue"));
        Assert.Equal(4, cleared.Int("version"));
        Assert.Null(cleared["indicator"]!["planValue"]);
        Assert.Equal("1160", cleared["indicator"].Text("value"));
    }

    [Theory]
    [InlineData("status")]
    [InlineData("value")]
    [InlineData("multiplier")]
    [InlineData("unit")]
    public async Task A_field_a_figure_always_has_cannot_be_cleared(string field)
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var input = own.Input(new { code = "postal.revenue" });
        input[field] = null;

        var answer = await _client.TryMutateAsync("setIndicator", input);

        Assert.Equal("BAD_USER_INPUT", answer.FirstErrorCode);
        Assert.Equal($"input.{field}", answer.Errors[0].FieldOf());
        Assert.Equal(1, (await _client.ReadAsync(own, "version")).Int("version"));
    }

    [Fact]
    public async Task A_null_translation_clears_a_tasks_English_and_keeps_its_Vietnamese()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var task = own.CopyOfNamDinh().Tasks.Single(item => item.Id == "task-3.1-01");
        var input = own.Input(new { id = "task-3.1-01" });
        input["textEn"] = null;

        var payload = await _client.MutateAsync("updateTask", input, "version item { key position vi: text en: text(lang: EN) }");

        Assert.NotNull(task.Text.EnTranslation);
        Assert.Equal(2, payload.Int("version"));
        Assert.Null(payload["item"]!["en"]);
        Assert.Equal(task.Text.Vi, payload["item"].Text("vi"));
        Assert.Equal(1, payload["item"].Int("position"));
    }

    [Fact]
    public async Task A_ranking_given_only_its_position_keeps_total_edition_name_and_source()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        await _client.MutateAsync("setRanking", own.Input(new { index = "ict-index", editionYear = 2020 }));
        const string Ranking = "ranking { index position total editionYear name source { section sentence } }";

        var moved = await _client.MutateAsync("setRanking", own.Input(new { index = "ict-index", position = 9 }), "version " + Ranking);
        var input = own.Input(new { index = "ict-index" });
        input["editionYear"] = null;
        var cleared = await _client.MutateAsync("setRanking", input, "version " + Ranking);

        var seed = own.CopyOfNamDinh().Rankings.Single(ranking => ranking.Index == "ict-index");
        var ranking = moved["ranking"]!;
        Assert.Equal(3, moved.Int("version"));
        Assert.Equal(9, ranking.Int("position"));
        Assert.Equal(63, ranking.Int("total"));
        Assert.Equal(2020, ranking.Int("editionYear"));
        Assert.Equal(seed.Name.Vi, ranking.Text("name"));
        Assert.Equal(seed.Source!.Sentence, ranking["source"].Text("sentence"));
        Assert.Null(cleared["ranking"]!["editionYear"]);
        Assert.Equal(9, cleared["ranking"].Int("position"));
    }

    [Fact]
    public async Task A_ranking_cannot_lose_its_total()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var input = own.Input(new { index = "ict-index" });
        input["total"] = null;

        var answer = await _client.TryMutateAsync("setRanking", input);

        Assert.Equal("BAD_USER_INPUT", answer.FirstErrorCode);
        Assert.Equal("input.total", answer.Errors[0].FieldOf());
    }

    [Fact]
    public async Task ReplaceIndicator_gives_what_it_leaves_out_the_defaults_of_a_new_figure()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var payload = await _client.MutateAsync("replaceIndicator", own.Input(new { code = "postal.revenue", value = "131", multiplier = "1000000000" }),
            $"version changes {{ fields }} indicator {{ {ANewValueKeepsTheFiguresOtherFacts.Figure} }}");

        var figure = payload["indicator"]!;
        Assert.Equal(2, payload.Int("version"));
        Assert.Equal("131", figure.Text("value"));
        Assert.Equal("131", figure.Text("valueAsWritten"));
        Assert.Equal("FINAL", figure.Text("status"));
        Assert.Equal("EXACT", figure.Text("qualifier"));
        Assert.Null(figure["comparisons"]!["change"]);
        Assert.Null(figure["comparisons"]!["shareOfPlan"]);
        Assert.Null(figure["source"]);
        Assert.False(figure["sourceStatesAnotherValue"]!.GetValue<bool>());
        var fields = Assert.Single(payload.Array("changes")).Array("fields").Select(field => field!.GetValue<string>()).ToList();
        Assert.Contains("value", fields);
        Assert.Contains("source", fields);
        Assert.Contains("status", fields);
    }
}

/// <summary>The clearable parts of a figure each cleared by null over the API: period, source, qualifier's words, all comparisons.</summary>
[Collection(ApiCollection.Name)]
public sealed class EachClearableFigureFieldIsClearedByNull(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task Period_source_qualifier_words_and_comparisons_are_cleared_and_the_value_kept()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        await _client.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", qualifier = "ABOUT", qualifierAsWritten = "khoảng", period = new { year = 2021, fromMonth = 1, toMonth = 9 } }));
        var input = own.Input(new { code = "postal.revenue" });
        foreach (var field in new[] { "period", "source", "qualifierAsWritten", "comparisons" })
            input[field] = null;

        var payload = await _client.MutateAsync("setIndicator", input,
            "version changes { fields } indicator { value qualifier qualifierAsWritten period { fromMonth toMonth wholeYear } source { sentence } comparisons { change { amount } shareOfPlan { percent } } }");

        var figure = payload["indicator"]!;
        Assert.Equal(3, payload.Int("version"));
        Assert.Equal("130", figure.Text("value"));
        Assert.Equal("ABOUT", figure.Text("qualifier"));
        Assert.Null(figure["qualifierAsWritten"]);
        Assert.True(figure["period"]!["wholeYear"]!.GetValue<bool>());
        Assert.Null(figure["source"]);
        Assert.Null(figure["comparisons"]!["change"]);
        Assert.Null(figure["comparisons"]!["shareOfPlan"]);
        var fields = Assert.Single(payload.Array("changes")).Array("fields").Select(field => field!.GetValue<string>()).ToList();
        Assert.Contains("qualifierAsWritten", fields);
        Assert.Contains("source", fields);
        Assert.DoesNotContain("value", fields);
    }
}
