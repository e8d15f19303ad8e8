using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Patches;

/// <summary>
/// A change sent again with its idempotencyKey is answered with the first answer and changes nothing; the key with
/// another input is IDEMPOTENCY_KEY_REUSED and changes nothing; a key is 1 to 200 characters.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ARetryWithItsKeyIsAnsweredAgain(ApiFactory api)
{
    private const string Answer = "id applied version report { id version } changes { id part key oldValue newValue fields } " +
        "findingsRaised { id key kind } findingsCleared { id key kind } indicator { id value baseValue source { statedBaseValue } }";

    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task The_same_change_under_the_same_key_is_answered_as_the_first_time_and_stored_once()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var input = own.Input(new { code = "postal.revenue", value = "131", expectedVersion = 1, idempotencyKey = "postal-131", reason = "final figure" });

        var first = await _client.MutateAsync("setIndicator", input, Answer);
        var afterFirst = await _client.ReadWholeAsync(own);
        var again = await _client.MutateAsync("setIndicator", input, Answer);

        Assert.Equal(2, first.Int("version"));
        Assert.Single(first.Array("changes"));
        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        Assert.Equal(afterFirst, await _client.ReadWholeAsync(own));
        var read = await _client.ReadAsync(own, "version history { totalCount }");
        Assert.Equal((2, 2), (read.Int("version"), read["history"].Int("totalCount")));
    }

    [Fact]
    public async Task A_retry_after_other_changes_still_answers_the_version_its_change_made()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var input = own.Input(new { code = "postal.revenue", value = "131", idempotencyKey = "postal-131-then-more" });
        await _client.MutateAsync("setIndicator", input, "version");
        await _client.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "132" }), "version");

        var again = await _client.MutateAsync("setIndicator", input, "version changes { key newValue }");

        Assert.Equal(2, again.Int("version"));
        Assert.Contains("\"value\":131", Assert.Single(again.Array("changes")).Text("newValue"));
        var read = await _client.ReadAsync(own, "version indicators(code: \"postal.revenue\") { value }");
        Assert.Equal(3, read.Int("version"));
        Assert.Equal("132", read.Array("indicators").Single().Text("value"));
    }

    [Fact]
    public async Task A_retry_after_other_changes_names_each_object_by_an_id_that_reads_back_as_answered()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var input = own.Input(new { code = "postal.revenue", value = "131", idempotencyKey = "postal-131-read-back" });
        await _client.MutateAsync("setIndicator", input, "version");
        await _client.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "132" }), "version");

        var again = await _client.MutateAsync("setIndicator", input, "version indicator { id value }");

        Assert.Equal("131", again["indicator"].Text("value"));
        var node = await _client.PostAsync("query($id: ID!) { node(id: $id) { ... on IndicatorValue { value } } }", new { id = again["indicator"].Text("id") });
        Assert.Empty(node.Errors);
        Assert.Equal("131", node.Data!["node"].Text("value"));
    }

    [Fact]
    public async Task A_list_of_changes_sent_again_under_its_key_is_applied_once()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var input = own.Input(new { expectedVersion = 1, idempotencyKey = "forty-figures" });
        input["changes"] = AListOfChangesIsOneVersion.FigureChanges(own);

        var first = await _client.MutateAsync("changeReport", input, "id applied version changes { id key fields }");
        var again = await _client.MutateAsync("changeReport", input, "id applied version changes { id key fields }");

        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        Assert.Equal(2, (await _client.ReadAsync(own, "version")).Int("version"));
    }

    public static TheoryData<string, string> OtherInputs => new()
    {
        { "setIndicator", """{ "code": "postal.revenue", "value": "132" }""" },
        { "setIndicator", """{ "code": "postal.revenue", "value": "131", "reason": "another reason" }""" },
        { "removeIndicator", """{ "code": "postal.revenue" }""" },
    };

    [Theory]
    [MemberData(nameof(OtherInputs))]
    public async Task The_key_with_another_input_is_refused_and_changes_nothing(string mutation, string other)
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        await _client.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "131", idempotencyKey = "reused" }), "version");
        var before = await _client.ReadWholeAsync(own);
        var input = JsonNode.Parse(other)!.AsObject();
        input["province"] = own.Slug;
        input["year"] = own.Year;
        input["idempotencyKey"] = "reused";

        var answer = await _client.TryMutateAsync(mutation, input);

        Assert.Equal("IDEMPOTENCY_KEY_REUSED", answer.FirstErrorCode);
        Assert.Equal(before, await _client.ReadWholeAsync(own));
    }

    [Fact]
    public async Task A_key_of_two_hundred_characters_is_taken_and_one_more_is_BAD_USER_INPUT()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var tooLong = await _client.TryMutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "131", idempotencyKey = new string('k', 201) }));
        var longest = await _client.TryMutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "131", idempotencyKey = new string('k', 200) }));
        var empty = await _client.TryMutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "132", idempotencyKey = "" }));

        Assert.Equal("BAD_USER_INPUT", tooLong.FirstErrorCode);
        Assert.Equal("input.idempotencyKey", tooLong.Errors[0].FieldOf());
        Assert.Empty(longest.Errors);
        Assert.Equal(2, longest.Data!["setIndicator"].Int("version"));
        Assert.Equal("BAD_USER_INPUT", empty.FirstErrorCode);
        Assert.Equal(2, (await _client.ReadAsync(own, "version")).Int("version"));
    }

    [Fact]
    public async Task A_dry_run_under_a_key_does_not_use_the_key_up()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var dry = await _client.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "131", idempotencyKey = "tried-first", dryRun = true }), "applied version");
        var real = await _client.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "132", idempotencyKey = "tried-first" }), "applied version");

        Assert.False(dry["applied"]!.GetValue<bool>());
        Assert.True(real["applied"]!.GetValue<bool>());
        Assert.Equal(2, real.Int("version"));
    }
}

/// <summary>A report created under a key and created again under it is answered as created, where without the key it would be ALREADY_EXISTS.</summary>
[Collection(ApiCollection.Name)]
public sealed class ACreationRetriedWithItsKeyIsNotAConflict(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task A_create_sent_twice_under_its_key_answers_version_one_both_times()
    {
        var own = OwnReport.Next();
        var input = own.Input(new { synthetic = true, idempotencyKey = "create-once" });

        var first = await _client.MutateAsync("createReport", input, "applied version");
        var again = await _client.MutateAsync("createReport", input, "applied version");
        var unkeyed = await _client.TryMutateAsync("createReport", own.Input(new { synthetic = true }), "version");

        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        Assert.Equal(1, again.Int("version"));
        Assert.Equal("ALREADY_EXISTS", unkeyed.FirstErrorCode);
    }
}
