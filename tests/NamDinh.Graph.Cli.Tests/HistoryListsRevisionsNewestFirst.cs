namespace NamDinh.Graph.Cli.Tests;

[Collection(ServerCollection.Name)]
public sealed class HistoryListsRevisionsNewestFirst(ApiFactory server)
{
    private readonly Tool _tool = new(server);

    [Fact]
    public async Task Each_revision_tells_who_why_and_the_fields_it_changed()
    {
        const int year = 2005;
        await PrepareAsync(year);

        var history = await _tool.RunAsync("history", "--province", TestData.Province, "--year", $"{year}");

        Assert.True(history.ExitCode == 0, history.ToString());
        var lines = history.Output.Split('\n');
        Assert.Equal("Hà Nam (35) 2005 is at version 3: 3 revisions, the newest 3 here.", lines[0]);
        Assert.Matches(@"^version 3, \S+, by \S+, setIndicator: Second$", lines[1]);
        Assert.Equal("  indicators    telecom.revenue: value", lines[2]);
        Assert.Matches(@"^version 2, \S+, by \S+, setIndicator: First$", lines[3]);
        Assert.Equal("  indicators    postal.revenue: value", lines[4]);
        Assert.Matches(@"^version 1, \S+, by \S+, importReport$", lines[5]);
        Assert.Contains("  indicators    postal.revenue: added", lines);
    }

    [Fact]
    public async Task With_a_code_only_that_figures_revisions_before_and_after_and_first_limits_them()
    {
        const int year = 2004;
        await PrepareAsync(year);

        var history = await _tool.RunAsync("history", "--province", TestData.Province, "--year", $"{year}", "--code", "postal.revenue", "--first", "1");

        Assert.True(history.ExitCode == 0, history.ToString());
        var lines = history.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("Hà Nam (35) 2004 is at version 3: 1 revision of postal.revenue here, newest first.", lines[0]);
        Assert.Matches(@"^version 2, \S+, by \S+, setIndicator: First$", lines[1]);
        Assert.Equal("  111 × 1000000000 VND, ESTIMATE, EXACT → 112.5 × 1000000000 VND, ESTIMATE, EXACT", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    private async Task PrepareAsync(int year)
    {
        Assert.Equal(0, (await _tool.RunAsync("import-report", TestData.ReportFileFor(year))).ExitCode);
        Assert.Equal(0, (await _tool.RunAsync("set", "postal.revenue", "112.5", "--province", TestData.Province, "--year", $"{year}", "--reason", "First")).ExitCode);
        Assert.Equal(0, (await _tool.RunAsync("set", "telecom.revenue", "556", "--province", TestData.Province, "--year", $"{year}", "--reason", "Second")).ExitCode);
    }
}
