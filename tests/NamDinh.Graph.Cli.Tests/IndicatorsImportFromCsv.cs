using System.Text.Json.Nodes;

namespace NamDinh.Graph.Cli.Tests;

[Collection(ServerCollection.Name)]
public sealed class IndicatorsImportFromCsv(ApiFactory server)
{
    private readonly Tool _tool = new(server);

    private const string RowsOfTheTestFile =
        "line 2 postal.revenue: 111 × 1000000000 VND, ESTIMATE, EXACT → 112.5 × 1000000000 VND, FINAL, EXACT (value, status)\n" +
        "line 3 telecom.fixed-postpaid.new: 22222 subscriber, FINAL, EXACT → 22223 subscriber, FINAL, EXACT (value)\n" +
        "line 4 press.news-items: 1234 news-item, ESTIMATE, ABOUT → 1234 news-item, FINAL, ABOUT (status)\n" +
        "line 5 inspection.fines: unchanged\n" +
        "line 6 inspection.prolonged-complaints: (none) → 3 case, FINAL, EXACT (added)\n";

    [Fact]
    public async Task The_file_is_one_change_each_row_setting_only_what_it_gives()
    {
        const int year = 2017;
        await ImportTestReportAsync(year);
        var recorder = new RecordingHandler(server.Server.CreateHandler());
        var tool = new Tool(new HttpClient(recorder));

        var import = await tool.RunAsync("import-indicators", TestData.IndicatorsCsvFile, "--province", TestData.Province, "--year", $"{year}", "--reason", "CSV test", "--token", ApiFactory.AdminToken);

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.StartsWith(RowsOfTheTestFile + "Set 4 of 5 rows as one change; Hà Nam (35) 2017 is now at version 2.\n", import.Output);
        Assert.Equal(2, await _tool.VersionOfAsync(TestData.Province, year));
        var sent = Assert.Single(recorder.Bodies);
        var changes = JsonNode.Parse(sent)!["variables"]!["input"]!["changes"]!.AsArray();
        Assert.Equal(5, changes.Count);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"setIndicator":{"code":"telecom.fixed-postpaid.new","value":"22223"}}"""), changes[1]));

        var figures = await ExportedFiguresAsync(year);
        var revenue = figures["postal.revenue"];
        Assert.Equal(112.5m, revenue["value"]!.GetValue<decimal>());
        Assert.Equal("final", revenue["status"]!.GetValue<string>());
        Assert.NotNull(revenue["source"]);
        var news = figures["press.news-items"];
        Assert.Equal("final", news["status"]!.GetValue<string>());
        Assert.Equal("khoảng", news["qualifierAsWritten"]!.GetValue<string>());
        Assert.Equal("1.234 tin, bài", news["valueAsWritten"]!.GetValue<string>());
        Assert.Equal("case", figures["inspection.prolonged-complaints"]["unit"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_dry_run_prints_what_each_row_would_change_and_changes_nothing()
    {
        const int year = 2013;
        await ImportTestReportAsync(year);
        var before = await ExportJsonAsync(year);
        var recorder = new RecordingHandler(server.Server.CreateHandler());
        var tool = new Tool(new HttpClient(recorder));

        var dryRun = await tool.RunAsync("import-indicators", TestData.IndicatorsCsvFile, "--province", TestData.ProvinceCode, "--year", $"{year}", "--dry-run", "--token", ApiFactory.AdminToken);

        Assert.True(dryRun.ExitCode == 0, dryRun.ToString());
        Assert.StartsWith(
            "Dry run: nothing was changed. Hà Nam (35) 2013 is at version 1.\n" + RowsOfTheTestFile +
            "4 of 5 rows would change the report, giving version 2.\n",
            dryRun.Output);
        Assert.All(recorder.Bodies, body => Assert.Contains("\"dryRun\":true", body));
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
            "inspection.petitions,9,,,,\n" +
            "press.news-items,1,,final,\n",
            ".csv");

        var import = await _tool.RunAsync("import-indicators", csv, "--province", TestData.Province, "--year", $"{year}");

        Assert.Equal(1, import.ExitCode);
        Assert.Equal("", import.Output);
        Assert.Equal(
            $"error: {csv} is refused, nothing was changed: 4 problems.\n" +
            "  line 3: value '22,5' is not a decimal number; write it with '.' as the decimal mark and no thousands separator (1234.5).\n" +
            "  line 4: 'no.such.indicator' is not an indicator code; the query indicatorDefinitions lists them.\n" +
            "  line 6: 6 cells, but the header names 5 columns.\n" +
            "  line 7: status 'final' is not one of ESTIMATE, FINAL, REVISED.\n",
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
        Assert.Equal(15, import.Output.Split('\n').Count(line => line.EndsWith(": unchanged", StringComparison.Ordinal)));
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
