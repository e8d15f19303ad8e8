using System.Text.Json.Nodes;

namespace NamDinh.Graph.Cli.Tests;

[Collection(ServerCollection.Name)]
public sealed class ADryRunImportChangesNothing(ApiFactory server)
{
    private readonly Tool _tool = new(server);

    [Fact]
    public async Task A_dry_run_of_a_new_report_tells_what_it_would_create_and_creates_nothing()
    {
        var dryRun = await _tool.RunAsync("import-report", TestData.ReportFileFor(2015), "--dry-run");

        Assert.True(dryRun.ExitCode == 0, dryRun.ToString());
        Assert.StartsWith("Dry run: nothing was changed. The report 35-2015 is not held yet.\n", dryRun.Output);
        Assert.Contains("Importing the file would make 33 changes, creating the report at version 1:", dryRun.Output);
        Assert.Contains("would raise finding: RATE_DISAGREES_WITH_PART_OF_WHOLE", dryRun.Output);
        var export = await _tool.RunAsync("export-report", "--province", TestData.Province, "--year", "2015");
        Assert.Equal(1, export.ExitCode);
        Assert.Contains("code: NOT_FOUND", export.Error);
    }

    [Fact]
    public async Task A_dry_run_of_a_changed_report_lists_the_changes_and_leaves_the_report_as_it_was()
    {
        var file = TestData.ReportFileFor(2016);
        Assert.Equal(0, (await _tool.RunAsync("import-report", file)).ExitCode);
        var before = (await _tool.RunAsync("export-report", "--province", TestData.Province, "--year", "2016")).Output;
        var changed = JsonNode.Parse(File.ReadAllText(file))!;
        changed["indicators"]![0]!["value"] = 999;
        changed["tasks"]![0]!["text"]!["vi"] = "Dữ liệu tổng hợp để kiểm thử: một nhiệm vụ khác.";
        var changedFile = TestData.WriteTemporary(changed.ToJsonString(), ".json");

        var dryRun = await _tool.RunAsync("import-report", changedFile, "--dry-run");

        Assert.True(dryRun.ExitCode == 0, dryRun.ToString());
        Assert.Equal(
            "Dry run: nothing was changed. Hà Nam (35) 2016 is at version 1.\n" +
            "Importing the file would make 2 changes, giving version 2:\n" +
            "  indicators    postal.revenue\n" +
            "  tasks         task-3.1-01\n",
            dryRun.Output);
        Assert.Equal(1, await _tool.VersionOfAsync(TestData.Province, 2016));
        Assert.Equal(before, (await _tool.RunAsync("export-report", "--province", TestData.Province, "--year", "2016")).Output);
    }
}
