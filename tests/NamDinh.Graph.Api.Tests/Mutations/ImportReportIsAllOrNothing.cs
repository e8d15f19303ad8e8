using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// importReport takes a whole report in the JSON shape of the report files and stores it under the key it names:
/// all of it, or, when any part is wrong, none of it. A dry run tells what would change and changes nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ImportReportIsAllOrNothing(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    /// <summary>Three changes to a copy of the real report: a figure, a task removed and the document's number.</summary>
    private static Report ThreeChanges(Report report) => report with
    {
        Document = report.Document with { Number = "123" },
        Indicators = report.Indicators.Select(value => value.Code == "telecom.revenue" ? value with { Value = 1200 } : value).ToList(),
        Tasks = report.Tasks.Skip(1).ToList(),
    };

    private static readonly string[] ThreeChangesTouch = ["document/document", "indicators/telecom.revenue", "tasks/task-3.1-01"];

    [Fact]
    public async Task A_dry_run_tells_what_would_change_and_changes_nothing()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var before = await _client.ReadWholeAsync(own);

        var payload = await _client.MutateAsync("importReport",
            new { report = OwnReport.Json(ThreeChanges(own.CopyOfNamDinh())), dryRun = true },
            ReportRequests.PayloadFields + " report { version indicators(code: \"telecom.revenue\") { value } }");

        Assert.False(payload["applied"]!.GetValue<bool>());
        Assert.Equal(1, payload.Int("version"));
        Assert.Equal(1, payload["report"].Int("version"));
        Assert.Equal("1150", payload["report"].Array("indicators").Single().Text("value"));
        Assert.Equal(ThreeChangesTouch, Touched(payload));
        var figure = payload.Array("changes").Single(change => change.Text("part") == "indicators");
        Assert.Contains("\"value\":1150", figure.Text("oldValue"));
        Assert.Contains("\"value\":1200", figure.Text("newValue"));
        Assert.Equal(before, await _client.ReadWholeAsync(own));
    }

    [Fact]
    public async Task A_dry_run_of_a_report_not_held_tells_what_it_would_hold_and_creates_nothing()
    {
        var own = OwnReport.Next();

        var payload = await _client.MutateAsync("importReport",
            new { report = OwnReport.Json(own.CopyOfNamDinh()), dryRun = true }, ReportRequests.PayloadFields + " report { id }");

        Assert.False(payload["applied"]!.GetValue<bool>());
        Assert.Equal(0, payload.Int("version"));
        Assert.Null(payload["report"]);
        Assert.Contains(payload.Array("changes"), change => change.Text("key") == "postal.revenue" && change!["oldValue"] is null);
        Assert.Equal(new[] { "COMPARISON_WITH_OTHER_THAN_PREVIOUS_YEAR", "MET_TARGET_NOT_REACHED" },
            payload.Array("findingsRaised").Select(finding => finding.Text("kind")).Order());
        var read = await _client.PostAsync("query($p: String!, $y: Int!) { report(province: $p, year: $y) { id } }", new { p = own.Slug, y = own.Year });
        Assert.Null(read.Data!["report"]);
        Assert.Equal("NOT_FOUND", read.FirstErrorCode);
    }

    [Fact]
    public async Task A_real_import_applies_all_of_it_as_one_version()
    {
        var own = OwnReport.Next();
        var created = await _client.ImportCopyOfNamDinhAsync(own, selection: ReportRequests.PayloadFields + " report { id version synthetic }");
        Assert.True(created["applied"]!.GetValue<bool>());
        Assert.Equal(1, created.Int("version"));
        Assert.Equal($"Report:{own.Id}", created["report"].Text("id"));
        Assert.True(created["report"]!["synthetic"]!.GetValue<bool>());

        var payload = await _client.MutateAsync("importReport",
            new { report = OwnReport.Json(ThreeChanges(own.CopyOfNamDinh())), expectedVersion = 1, reason = "The signed version." },
            ReportRequests.PayloadFields + " report { version }");

        Assert.True(payload["applied"]!.GetValue<bool>());
        Assert.Equal(2, payload.Int("version"));
        Assert.Equal(2, payload["report"].Int("version"));
        Assert.Equal(ThreeChangesTouch, Touched(payload));
        var read = await _client.ReadAsync(own, """
            version document { number } indicators(code: "telecom.revenue") { value } tasks { key }
            history(first: 1) { nodes { version operation reason changes { part key } } }
            """);
        Assert.Equal(2, read.Int("version"));
        Assert.Equal("123", read["document"].Text("number"));
        Assert.Equal("1200", read.Array("indicators").Single().Text("value"));
        Assert.Equal(34, read.Array("tasks").Count);
        Assert.DoesNotContain(read.Array("tasks"), task => task.Text("key") == "task-3.1-01");
        var revision = read["history"].Array("nodes").Single();
        Assert.Equal("importReport", revision.Text("operation"));
        Assert.Equal("The signed version.", revision.Text("reason"));
        Assert.Equal(3, revision.Array("changes").Count);
    }

    [Fact]
    public async Task An_import_with_one_invalid_figure_applies_none_of_it()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var before = await _client.ReadWholeAsync(own);
        var changed = ThreeChanges(own.CopyOfNamDinh());
        var oneWrong = changed with
        {
            Indicators = changed.Indicators.Select(value => value.Code == "inspection.petitions" ? value with { Value = -1 } : value).ToList(),
        };

        var answer = await _client.TryMutateAsync("importReport", new { report = OwnReport.Json(oneWrong) });

        Assert.Null(answer.Data!["importReport"]);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("BAD_USER_INPUT", error.CodeOf());
        Assert.Equal("input.report.indicators[inspection.petitions].value", error.FieldOf());
        Assert.Equal(before, await _client.ReadWholeAsync(own));

        // Nor does it create a report it would have created.
        var notHeld = OwnReport.Next();
        var refused = await _client.TryMutateAsync("importReport", new { report = OwnReport.Json(oneWrong with { Key = notHeld.Key }) });
        Assert.Equal("BAD_USER_INPUT", refused.FirstErrorCode);
        Assert.Null(await _client.ReadWholeAsync(notHeld));
    }

    [Fact]
    public async Task An_import_goes_under_the_key_it_names_and_touches_no_other_report()
    {
        var first = OwnReport.Next();
        var second = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(first);
        var firstBefore = await _client.ReadWholeAsync(first);

        var created = await _client.ImportCopyOfNamDinhAsync(second, ThreeChanges, ReportRequests.PayloadFields + " report { id version }");
        var changed = await _client.ImportCopyOfNamDinhAsync(second, selection: "version report { id document { number } }");

        Assert.Equal($"Report:{second.Id}", created["report"].Text("id"));
        Assert.Equal(1, created.Int("version"));
        Assert.Equal($"Report:{second.Id}", changed["report"].Text("id"));
        Assert.Equal(2, changed.Int("version"));
        Assert.Null(changed["report"]!["document"]!["number"]);
        Assert.Equal(firstBefore, await _client.ReadWholeAsync(first));
    }

    private static string[] Touched(System.Text.Json.Nodes.JsonNode payload) =>
        payload.Array("changes").Select(change => $"{change.Text("part")}/{change.Text("key")}").Order(StringComparer.Ordinal).ToArray();
}
