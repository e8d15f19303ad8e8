using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Ids;

/// <summary>
/// A mutation's payload gives a client's cache all it needs to update the page without a refetch: the report with the
/// current report's id at its new version, each object the change wrote with the id it is read by (the figure, the
/// item and the items it moved, the ranking), the revision's changes with the figures before and after as of the
/// versions around it, and an id of its own. A dry run's objects are a preview whose ids no stored version has, and
/// its report is the current one, unchanged.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PayloadsCarryWhatTheyChangedWithItsId(ApiFactory api)
{
    private const string Code = "egov.procedures-with-online-dossiers";

    private const string Selection = """
        id applied version
        report { id version indicators(code: "egov.procedures-with-online-dossiers") { id value period { id } } }
        indicator { id value period { id } }
        changes { id key oldIndicator { id value } newIndicator { id value } }
        findingsRaised { id key }
        findingsCleared { id key }
        """;

    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task A_figure_set_comes_back_with_the_id_of_the_current_figure_and_the_report_at_its_new_version()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var payload = await _client.MutateAsync("setIndicator", SetTo(own, "900"), Selection);

        Assert.Equal($"SetIndicatorPayload:{own.Id}@2:applied:indicators:{Code}", payload.Text("id"));
        Assert.Equal(($"Report:{own.Id}", 2), (payload["report"].Text("id"), payload["report"].Int("version")));
        Assert.Equal(($"IndicatorValue:{own.Id}:{Code}", "900"), (payload["indicator"].Text("id"), payload["indicator"].Text("value")));
        Assert.Equal(payload["indicator"]!.ToJsonString(), Assert.Single(payload["report"].Array("indicators"))!.ToJsonString());
        var change = Assert.Single(payload.Array("changes"));
        Assert.Equal($"RevisionEntry:{own.Id}@2:indicators:{Code}", change.Text("id"));
        Assert.Equal($"IndicatorValue:{own.Id}@1:{Code}", change!["oldIndicator"].Text("id"));
        Assert.Equal(($"IndicatorValue:{own.Id}@2:{Code}", "900"), (change["newIndicator"].Text("id"), change["newIndicator"].Text("value")));
        var cleared = Assert.Single(payload.Array("findingsCleared"));
        Assert.Equal($"Finding:{own.Id}@1:MetTargetNotReached:{Code}", cleared.Text("id"));
    }

    [Fact]
    public async Task A_dry_run_previews_under_ids_no_version_has_and_gives_the_report_unchanged()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var first = await _client.MutateAsync("setIndicator", SetTo(own, "900", dryRun: true), Selection);
        var again = await _client.MutateAsync("setIndicator", SetTo(own, "900", dryRun: true), Selection);
        var other = await _client.MutateAsync("setIndicator", SetTo(own, "901", dryRun: true), Selection);

        var preview = first["indicator"].Text("id");
        Assert.Matches($@"^IndicatorValue:{own.Id}@1\+dry-run-[0-9a-f]{{12}}:{Code}$", preview);
        Assert.Equal((preview, first.Text("id")), (again["indicator"].Text("id"), again.Text("id")));
        Assert.NotEqual(preview, other["indicator"].Text("id"));
        Assert.Equal(($"Report:{own.Id}", 1), (first["report"].Text("id"), first["report"].Int("version")));
        Assert.Equal($"IndicatorValue:{own.Id}:{Code}", Assert.Single(first["report"].Array("indicators")).Text("id"));
        Assert.Equal($"IndicatorValue:{own.Id}@1:{Code}", Assert.Single(first.Array("changes"))!["oldIndicator"].Text("id"));
        Assert.Equal(preview, Assert.Single(first.Array("changes"))!["newIndicator"].Text("id"));
        Assert.Contains(":dry-run:", first.Text("id"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_that_changes_nothing_has_an_id_apart_from_the_change_that_made_the_version()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var applied = await _client.MutateAsync("setIndicator", SetTo(own, "900"), Selection);
        var unchanged = await _client.MutateAsync("setIndicator", SetTo(own, "900"), Selection);

        Assert.False(unchanged["applied"]!.GetValue<bool>());
        Assert.Equal($"SetIndicatorPayload:{own.Id}@2:unchanged:indicators:{Code}", unchanged.Text("id"));
        Assert.NotEqual(applied.Text("id"), unchanged.Text("id"));
        Assert.Equal(applied["indicator"]!.ToJsonString(), unchanged["indicator"]!.ToJsonString());
    }

    [Fact]
    public async Task A_task_added_in_the_middle_comes_back_with_the_tasks_it_moved()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var payload = await _client.MutateAsync("addTask", own.Input(new { sector = "POSTAL_TELECOM", text = "Mới.", position = 2 }),
            "id report { id version } item { id key position } items { id key position }");

        Assert.Equal(($"Report:{own.Id}", 2), (payload["report"].Text("id"), payload["report"].Int("version")));
        Assert.Equal($"NarrativeItem:{own.Id}:task-3.1-13", payload["item"].Text("id"));
        Assert.Equal($"NarrativeItemPayload:{own.Id}@2:applied:tasks:task-3.1-13", payload.Text("id"));
        var items = payload.Array("items").Select(item => (item.Text("id"), item.Int("position"))).ToList();
        Assert.Contains(($"NarrativeItem:{own.Id}:task-3.1-13", 2), items);
        Assert.Contains(($"NarrativeItem:{own.Id}:task-3.1-02", 3), items);
        Assert.Contains(($"NarrativeItem:{own.Id}:task-3.1-12", 13), items);
        Assert.Equal(12, items.Count);
        var read = (await _client.ReadAsync(own, "tasks { id position }")).Array("tasks").Select(item => (item.Text("id"), item.Int("position")));
        Assert.Empty(items.Except(read));
    }

    [Fact]
    public async Task A_ranking_set_comes_back_with_the_id_of_the_current_ranking()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var payload = await _client.MutateAsync("setRanking", own.Input(new { index = "dti", position = 9, total = 63 }), "id report { id version } ranking { id position }");

        Assert.Equal(($"Ranking:{own.Id}:dti", 9), (payload["ranking"].Text("id"), payload["ranking"].Int("position")));
        Assert.Equal(2, payload["report"].Int("version"));
    }

    [Fact]
    public async Task A_figure_removed_names_the_id_it_had()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var payload = await _client.MutateAsync("removeIndicator", own.Input(new { code = "postal.revenue" }), "id removedId removedCode report { id version }");

        Assert.Equal($"IndicatorValue:{own.Id}:postal.revenue", payload.Text("removedId"));
        Assert.Equal(($"Report:{own.Id}", 2), (payload["report"].Text("id"), payload["report"].Int("version")));
    }

    [Fact]
    public async Task A_report_created_or_imported_comes_back_as_the_current_report()
    {
        var created = OwnReport.Next();
        var imported = OwnReport.Next();

        var creation = await _client.CreateAsync(created, "id report { id version }");
        var import = await _client.ImportCopyOfNamDinhAsync(imported, selection: "id report { id version tasks { id } }");

        Assert.Equal(($"ReportPayload:{created.Id}@1:applied:report", $"Report:{created.Id}"), (creation.Text("id"), creation["report"].Text("id")));
        Assert.Equal($"Report:{imported.Id}", import["report"].Text("id"));
        Assert.All(import["report"].Array("tasks"), task => Assert.StartsWith($"NarrativeItem:{imported.Id}:", task.Text("id"), StringComparison.Ordinal));
    }

    private static JsonObject SetTo(OwnReport own, string value, bool dryRun = false) =>
        own.Input(new { code = Code, value, comparisons = new { outOf = "1725", target = new { value = "50", qualifier = "MORE_THAN", met = true } }, dryRun });
}
