using System.Text.Json.Nodes;

namespace NamDinh.Graph.Cli.Tests;

/// <summary>set sends one setIndicator with the value, and the multiplier only when given: the rest of the figure stays.</summary>
[Collection(ServerCollection.Name)]
public sealed class SetChangesOnlyWhatItGives(ApiFactory server)
{
    private readonly Tool _tool = new(server);

    [Fact]
    public async Task A_new_value_keeps_the_figures_multiplier_status_and_source()
    {
        const int year = 2008;
        await ImportTestReportAsync(year);
        var recorder = new RecordingHandler(server.Server.CreateHandler());

        var set = await new Tool(new HttpClient(recorder)).RunAsync(
            "set", "postal.revenue", "112.5", "--province", TestData.Province, "--year", $"{year}", "--reason", "Final figure", "--token", ApiFactory.AdminToken);

        Assert.True(set.ExitCode == 0, set.ToString());
        Assert.StartsWith(
            "postal.revenue: 111 × 1000000000 VND, ESTIMATE, EXACT → 112.5 × 1000000000 VND, ESTIMATE, EXACT (value)\n" +
            "Hà Nam (35) 2008 is now at version 2.\n",
            set.Output);
        var input = JsonNode.Parse(Assert.Single(recorder.Bodies))!["variables"]!["input"]!.AsObject();
        Assert.Equal(["province", "year", "dryRun", "code", "value", "reason", "confirmImplausible"], input.Select(field => field.Key));
        var figure = await ExportedFigureAsync(year, "postal.revenue");
        Assert.Equal("estimate", figure["status"]!.GetValue<string>());
        Assert.NotNull(figure["source"]);
    }

    [Fact]
    public async Task A_multiplier_is_sent_when_given_and_a_dry_run_changes_nothing()
    {
        const int year = 2007;
        await ImportTestReportAsync(year);

        var dryRun = await _tool.RunAsync("set", "distribution.copies", "12500", "--multiplier", "1000", "--province", TestData.Province, "--year", $"{year}", "--dry-run");

        Assert.True(dryRun.ExitCode == 0, dryRun.ToString());
        Assert.True(dryRun.Output.StartsWith(
            "Dry run: nothing was changed. Hà Nam (35) 2007 is at version 1.\n" +
            "distribution.copies: 12.5 × 1000000 copy, ESTIMATE, MORE_THAN → 12500 × 1000 copy, ESTIMATE, MORE_THAN (value, multiplier)\n", StringComparison.Ordinal),
            dryRun.ToString());
        Assert.Equal(1, await _tool.VersionOfAsync(TestData.Province, year));
    }

    [Fact]
    public async Task The_value_the_figure_has_changes_nothing()
    {
        const int year = 2006;
        await ImportTestReportAsync(year);

        var set = await _tool.RunAsync("set", "postal.revenue", "111.0", "--province", TestData.Province, "--year", $"{year}");

        Assert.True(set.ExitCode == 0, set.ToString());
        Assert.Equal("Nothing to change: postal.revenue is already 111; Hà Nam (35) 2006 is at version 1.\n", set.Output);
    }

    private async Task ImportTestReportAsync(int year)
    {
        var import = await _tool.RunAsync("import-report", TestData.ReportFileFor(year));
        Assert.True(import.ExitCode == 0, import.ToString());
    }

    private async Task<JsonNode> ExportedFigureAsync(int year, string code)
    {
        var export = await _tool.RunAsync("export-report", "--province", TestData.Province, "--year", $"{year}");
        return JsonNode.Parse(export.Output)!["indicators"]!.AsArray().Single(figure => figure!["code"]!.GetValue<string>() == code)!;
    }
}
