using System.Text.Json.Nodes;

namespace NamDinh.Graph.Cli.Tests;

[Collection(ServerCollection.Name)]
public sealed class IndicatorsImportFromCsv(ApiFactory server)
{
    private readonly Tool _tool = new(server);

    [Fact]
    public async Task Each_changed_row_sets_its_figure_and_a_row_as_it_is_sends_nothing()
    {
        const int year = 2017;
        await ImportTestReportAsync(year);

        var import = await _tool.RunAsync("import-indicators", TestData.IndicatorsCsvFile, "--province", TestData.Province, "--year", $"{year}", "--reason", "CSV test");

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Equal(
            "line 2 postal.revenue: 111 × 1000000000 VND, ESTIMATE, EXACT → 112.5 × 1000000000 VND, FINAL, EXACT (version 2)\n" +
            "    the source's words about the old number (value as written, source sentence, stated comparisons) are dropped\n" +
            "line 3 telecom.fixed-postpaid.new: 22222 subscriber, FINAL, EXACT → 22223 subscriber, FINAL, EXACT (version 3)\n" +
            "line 4 press.news-items: 1234 news-item, ESTIMATE, ABOUT → 1234 news-item, FINAL, ABOUT (version 4)\n" +
            "line 5 inspection.fines: unchanged (12345000 VND, FINAL, EXACT)\n" +
            "line 6 inspection.prolonged-complaints: (none) → 3 case, FINAL, EXACT (version 5)\n" +
            "Set 4 of 5 rows; Hà Nam (35) 2017 is now at version 5.\n",
            import.Output);
        Assert.Equal(5, await _tool.VersionOfAsync(TestData.Province, year));

        var figures = await ExportedFiguresAsync(year);
        var revenue = figures["postal.revenue"];
        Assert.Equal(112.5m, revenue["value"]!.GetValue<decimal>());
        Assert.Equal("final", revenue["status"]!.GetValue<string>());
        Assert.Equal("112.5", revenue["valueAsWritten"]!.GetValue<string>());
        Assert.Null(revenue["source"]);
        var news = figures["press.news-items"];
        Assert.Equal("final", news["status"]!.GetValue<string>());
        Assert.Equal("khoảng", news["qualifierAsWritten"]!.GetValue<string>());
        Assert.Equal("1.234 tin, bài", news["valueAsWritten"]!.GetValue<string>());
        Assert.Equal("case", figures["inspection.prolonged-complaints"]["unit"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_dry_run_prints_each_rows_current_and_new_figure_and_sends_no_mutation()
    {
        const int year = 2013;
        await ImportTestReportAsync(year);
        var before = await ExportJsonAsync(year);
        var recorder = new RecordingHandler(server.Server.CreateHandler());
        var tool = new Tool(new HttpClient(recorder));

        var dryRun = await tool.RunAsync("import-indicators", TestData.IndicatorsCsvFile, "--province", TestData.ProvinceCode, "--year", $"{year}", "--dry-run");

        Assert.True(dryRun.ExitCode == 0, dryRun.ToString());
        Assert.Equal(
            "Dry run: nothing was changed. Hà Nam (35) 2013 is at version 1.\n" +
            "line 2 postal.revenue: 111 × 1000000000 VND, ESTIMATE, EXACT → 112.5 × 1000000000 VND, FINAL, EXACT\n" +
            "    the source's words about the old number (value as written, source sentence, stated comparisons) are dropped\n" +
            "line 3 telecom.fixed-postpaid.new: 22222 subscriber, FINAL, EXACT → 22223 subscriber, FINAL, EXACT\n" +
            "line 4 press.news-items: 1234 news-item, ESTIMATE, ABOUT → 1234 news-item, FINAL, ABOUT\n" +
            "line 5 inspection.fines: unchanged (12345000 VND, FINAL, EXACT)\n" +
            "line 6 inspection.prolonged-complaints: (none) → 3 case, FINAL, EXACT\n" +
            "4 of 5 rows would change the report.\n",
            dryRun.Output);
        Assert.NotEmpty(recorder.Bodies);
        Assert.All(recorder.Bodies, body => Assert.DoesNotContain("mutation", body));
        Assert.Equal(1, await _tool.VersionOfAsync(TestData.Province, year));
        Assert.True(JsonNode.DeepEquals(before, await ExportJsonAsync(year)));
    }

    [Fact]
    public async Task A_file_with_bad_rows_is_refused_whole_with_their_line_numbers()
    {
        const int year = 2014;
        await ImportTestReportAsync(year);
        var csv = TestData.WriteTemporary(
            "code,value,multiplier,status,qualifier\n" +
            "postal.revenue,120,1000000000,FINAL,EXACT\n" +
            "telecom.fixed-postpaid.new,\"22,5\",,,\n" +
            "no.such.indicator,1,,,\n" +
            "egov.electronic-documents.share,101,,,\n" +
            "press.news-items,1,,final,\n",
            ".csv");

        var import = await _tool.RunAsync("import-indicators", csv, "--province", TestData.Province, "--year", $"{year}");

        Assert.Equal(1, import.ExitCode);
        Assert.Equal("", import.Output);
        Assert.Equal(
            $"error: {csv} is refused, nothing was changed: 4 problems.\n" +
            "  line 3: value '22,5' is not a decimal number; write it with '.' as the decimal mark and no thousands separator (1234.5).\n" +
            "  line 4: 'no.such.indicator' is not an indicator code; the query indicatorDefinitions lists them.\n" +
            "  line 5: value: A rate or share must be within 0–100 %, not 101 %.\n" +
            "  line 6: status 'final' is not one of ESTIMATE, FINAL, REVISED.\n",
            import.Error);
        Assert.Equal(1, await _tool.VersionOfAsync(TestData.Province, year));
    }

    [Fact]
    public async Task An_exported_csv_imports_again_without_any_change()
    {
        const int year = 2011;
        await ImportTestReportAsync(year);
        var csv = TestData.WriteTemporary("", ".csv");
        Assert.Equal(0, (await _tool.RunAsync("export-report", "--province", TestData.Province, "--year", $"{year}", "--format", "csv", "--output", csv)).ExitCode);

        var import = await _tool.RunAsync("import-indicators", csv, "--province", TestData.Province, "--year", $"{year}");

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.EndsWith("Nothing to change: every row is as Hà Nam (35) 2011 has it (version 1).\n", import.Output);
        Assert.Equal(15, import.Output.Split('\n').Count(line => line.Contains(": unchanged (")));
    }

    private async Task ImportTestReportAsync(int year)
    {
        var import = await _tool.RunAsync("import-report", TestData.ReportFileFor(year));
        Assert.True(import.ExitCode == 0, import.ToString());
    }

    private async Task<JsonNode> ExportJsonAsync(int year)
    {
        var export = await _tool.RunAsync("export-report", "--province", TestData.Province, "--year", $"{year}");
        Assert.True(export.ExitCode == 0, export.ToString());
        return JsonNode.Parse(export.Output)!;
    }

    private async Task<Dictionary<string, JsonNode>> ExportedFiguresAsync(int year) =>
        (await ExportJsonAsync(year))["indicators"]!.AsArray().ToDictionary(figure => figure!["code"]!.GetValue<string>(), figure => figure!);
}
