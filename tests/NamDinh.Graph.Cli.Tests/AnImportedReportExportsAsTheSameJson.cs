using System.Text.Json.Nodes;

namespace NamDinh.Graph.Cli.Tests;

[Collection(ServerCollection.Name)]
public sealed class AnImportedReportExportsAsTheSameJson(ApiFactory server)
{
    private readonly Tool _tool = new(server);

    [Fact]
    public async Task The_test_report_imported_then_exported_is_the_file_with_the_servers_version()
    {
        var import = await _tool.RunAsync("import-report", TestData.ReportFile, "--reason", "round-trip test");
        Assert.True(import.ExitCode == 0, import.ToString());
        var version = await _tool.VersionOfAsync(TestData.Province, TestData.Year);
        Assert.Contains($"Imported Hà Nam (35) 2021: 33 changes, now at version {version}.", import.Output);
        Assert.Contains("  indicators    postal.revenue", import.Output);
        Assert.Contains("finding raised: RATE_DISAGREES_WITH_PART_OF_WHOLE egov.online-services.level4", import.Output);

        var export = await _tool.RunAsync("export-report", "--province", TestData.Province, "--year", "2021");

        Assert.True(export.ExitCode == 0, export.ToString());
        var expected = TestData.Report();
        expected["version"] = version;
        var exported = JsonNode.Parse(export.Output)!;
        Assert.True(JsonNode.DeepEquals(expected, exported), $"The export differs from the file:\n{exported}");
    }

    [Fact]
    public async Task An_exported_report_imports_again_without_any_change()
    {
        var file = TestData.ReportFileFor(2018);
        Assert.Equal(0, (await _tool.RunAsync("import-report", file)).ExitCode);
        var exportedFile = Path.ChangeExtension(file, ".exported.json");
        var export = await _tool.RunAsync("export-report", "--province", TestData.ProvinceCode, "--year", "2018", "--output", exportedFile);
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Equal($"Wrote Hà Nam (35) 2018, version 1, to {exportedFile} (json).\n", export.Output);

        var dryRun = await _tool.RunAsync("import-report", exportedFile, "--dry-run");
        var again = await _tool.RunAsync("import-report", exportedFile);

        Assert.Contains("Importing the file would change nothing", dryRun.Output);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal("Nothing changed: Hà Nam (35) 2018 is already as in the file, at version 1.\n", again.Output);
        Assert.Equal(1, await _tool.VersionOfAsync(TestData.Province, 2018));
    }
}
