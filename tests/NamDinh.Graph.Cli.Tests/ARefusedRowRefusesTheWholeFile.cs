namespace NamDinh.Graph.Cli.Tests;

/// <summary>
/// import-indicators sends the file as one changeReport: when the server refuses any row, nothing is applied, and
/// every refusal is told with the CSV line it is about.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ARefusedRowRefusesTheWholeFile(ApiFactory server)
{
    private readonly Tool _tool = new(server);

    [Fact]
    public async Task A_refused_row_is_told_with_its_line_and_no_row_is_applied()
    {
        const int year = 2012;
        await ImportTestReportAsync(year);
        var csv = TestData.WriteTemporary(
            "code,value\n" +
            "postal.revenue,112.5\n" +
            "egov.electronic-documents.share,101\n" +
            "press.news-items,1235\n",
            ".csv");

        var import = await _tool.RunAsync("import-indicators", csv, "--province", TestData.Province, "--year", $"{year}");

        Assert.Equal(1, import.ExitCode);
        Assert.Equal("", import.Output);
        var lines = import.Error.TrimEnd('\n').Split('\n');
        Assert.Equal(
            [
                "error: line 3 egov.electronic-documents.share: A rate or share must be within 0–100 %, not 101 %. (code: BAD_USER_INPUT, field: input.changes[1].setIndicator.value)",
                $"{csv} is refused whole: no row was applied.",
            ],
            lines);
        Assert.Equal(1, await _tool.VersionOfAsync(TestData.Province, year));
    }

    [Fact]
    public async Task A_figure_a_hundred_times_away_is_refused_with_its_line_unless_confirmed()
    {
        const int year = 2009;
        await ImportTestReportAsync(year);
        var csv = TestData.WriteTemporary("code,value\npostal.revenue,112.5\ntelecom.revenue,555000\n", ".csv");

        var refused = await _tool.RunAsync("import-indicators", csv, "--province", TestData.Province, "--year", $"{year}");

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("error: line 3 telecom.revenue: 'telecom.revenue' would be ", refused.Error);
        Assert.Contains("code: IMPLAUSIBLE_CHANGE", refused.Error);
        Assert.Equal(1, await _tool.VersionOfAsync(TestData.Province, year));

        var confirmed = await _tool.RunAsync("import-indicators", csv, "--province", TestData.Province, "--year", $"{year}", "--confirm-implausible");

        Assert.True(confirmed.ExitCode == 0, confirmed.ToString());
        Assert.Contains("Set 2 of 2 rows as one change; Hà Nam (35) 2009 is now at version 2.\n", confirmed.Output);
    }

    private async Task ImportTestReportAsync(int year)
    {
        var import = await _tool.RunAsync("import-report", TestData.ReportFileFor(year));
        Assert.True(import.ExitCode == 0, import.ToString());
    }
}
