using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// report(province, year, version: N) and report(…, asOf: a moment) give the report exactly as it was then:
/// everything a client read at the time, findings and history included, but for the ids, which name the version
/// ("Report:01-2030@3") so that a client's cache keeps the past apart from the present. Before the report existed there is none.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ThePastIsReadExactlyAsItWas(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task Every_version_and_every_moment_between_changes_reads_as_it_was_read_then()
    {
        var own = OwnReport.Next();
        var changes = new (string Mutation, object Input)[]
        {
            ("setIndicator", own.Input(new { code = "egov.procedures-with-online-dossiers", value = "900", comparisons = new { outOf = "1725", target = new { value = "50", qualifier = "MORE_THAN", met = true } } })),
            ("addTask", own.Input(new { sector = "INFORMATION_PRESS", text = "Mới.", position = 1 })),
            ("removePriority", own.Input(new { id = "priority-6.2-02" })),
            ("setRanking", own.Input(new { index = "ict-index", position = 3, total = 63 })),
            ("importReport", new { report = OwnReport.Json(Rewritten(own.CopyOfNamDinh())) }),
            ("removeIndicator", own.Input(new { code = "postal.revenue" })),
            ("updateTask", own.Input(new { id = "task-3.3-02", position = 1, textEn = "Moved." })),
            ("setIndicator", own.Input(new { code = "postal.revenue", value = "140", multiplier = "1000000000", comparisons = new { change = new { amount = "8.3", unit = "PERCENT", comparedToYear = own.Year - 1 } } })),
        };
        var seen = new List<string> { "" };
        await _client.ImportCopyOfNamDinhAsync(own);
        seen.Add((await _client.ReadWholeAsync(own))!);
        foreach (var (mutation, input) in changes)
        {
            await Task.Delay(10);
            Assert.Equal(seen.Count, (await _client.MutateAsync(mutation, input, "version")).Int("version"));
            seen.Add((await _client.ReadWholeAsync(own))!);
        }
        var current = seen.Count - 1;
        Assert.Equal(9, current);
        Assert.Equal(9, seen.Distinct().Count() - 1);

        for (var version = 1; version <= current; version++)
            Assert.True(seen[version] == AsCurrent(await _client.ReadWholeAsync(own, version: version), version), $"Version {version} does not read as it was read then.");

        var times = (await _client.ReadAsync(own, "history(first: 100) { nodes { version at } }"))["history"].Array("nodes")
            .ToDictionary(node => node.Int("version"), node => DateTimeOffset.Parse(node.Text("at"), System.Globalization.CultureInfo.InvariantCulture));
        for (var version = 1; version < current; version++)
        {
            var between = times[version] + (times[version + 1] - times[version]) / 2;
            Assert.True(times[version] < between && between < times[version + 1], $"Versions {version} and {version + 1} were stored at the same moment.");
            Assert.True(seen[version] == AsCurrent(await _client.ReadWholeAsync(own, asOf: between), version), $"The report at {between:O}, between versions {version} and {version + 1}, is not version {version} as it was read then.");
        }
        Assert.Equal(seen[current], AsCurrent(await _client.ReadWholeAsync(own, asOf: times[current].AddHours(1)), current));
        Assert.Equal(seen[1], AsCurrent(await _client.ReadWholeAsync(own, asOf: times[1]), 1));

        string? AsCurrent(string? read, int version)
        {
            Assert.Contains($"\"Report:{own.Id}@{version}\"", read);
            return read?.Replace($"{own.Id}@{version}", own.Id, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Before_the_report_was_created_there_is_none()
    {
        var own = OwnReport.Next();
        await _client.CreateAsync(own);
        var created = DateTimeOffset.Parse((await _client.ReadAsync(own, "history { nodes { at } }"))["history"].Array("nodes").Single().Text("at"), System.Globalization.CultureInfo.InvariantCulture);

        var answer = await _client.PostAsync(Queries.WholeReport, own.Variables(asOf: created.AddSeconds(-1)));

        Assert.Null(answer.Data!["report"]);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("NOT_FOUND", error.CodeOf());
        Assert.Contains(own.Province.Name, error.Text("message"));
    }

    [Fact]
    public async Task A_version_the_report_has_not_reached_is_NOT_FOUND()
    {
        var answer = await _client.PostAsync("""{ report(province: "nam-dinh", year: 2021, version: 99) { version } }""");

        Assert.Null(answer.Data!["report"]);
        Assert.Equal("NOT_FOUND", answer.FirstErrorCode);
    }

    [Fact]
    public async Task Version_0_is_BAD_USER_INPUT()
    {
        var answer = await _client.PostAsync("""{ report(province: "nam-dinh", year: 2021, version: 0) { version } }""");

        Assert.Null(answer.Data!["report"]);
        Assert.Equal("BAD_USER_INPUT", answer.FirstErrorCode);
        Assert.Equal("version", answer.Errors[0].FieldOf());
    }

    /// <summary>The copy with its document, rankings, shortcomings and remarks changed at once.</summary>
    private static Report Rewritten(Report report) => report with
    {
        Document = report.Document with { Number = "77", Day = 3, Recipients = ["Như trên"] },
        Rankings = report.Rankings.Reverse().ToList(),
        Shortcomings = report.Shortcomings.Skip(1).ToList(),
        Remarks = [.. report.Remarks, new NarrativeItem("remark-9", Sector.General, "9", 1, new("Ghi chú."))],
    };
}
