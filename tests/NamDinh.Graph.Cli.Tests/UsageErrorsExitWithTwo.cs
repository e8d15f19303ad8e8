namespace NamDinh.Graph.Cli.Tests;

/// <summary>A wrong command line ends with exit code 2, says what is wrong on stderr and sends nothing to the server.</summary>
public sealed class UsageErrorsExitWithTwo
{
    private readonly Tool _tool = new(new HttpClient(new NoServer()));

    public static TheoryData<string[], string> WrongCommandLines => new()
    {
        { [], "error: give a command." },
        { ["frobnicate"], "error: unknown command 'frobnicate'; the commands are import-report, import-indicators, set, export-report, history." },
        { ["export-report", "--year", "2021"], "error: Option '--province' is required." },
        { ["export-report", "--province", "ha-nam"], "error: Option '--year' is required." },
        { ["export-report", "--province", "ha-nam", "--year", "twenty"], "error: Option '--year' takes a whole number, not 'twenty'." },
        { ["export-report", "--province", "ha-nam", "--year", "2021", "--format", "xml"], "error: Option '--format' is json or csv, not 'xml'." },
        { ["export-report", "--province", "ha-nam", "--year", "2021", "--colour"], "error: Unknown option '--colour'." },
        { ["export-report", "--province", "ha-nam", "--province", "nam-dinh", "--year", "2021"], "error: Option '--province' is given twice." },
        { ["export-report", "--province", "ha-nam", "--year", "2021", "--server", "ftp://example"], "error: Option '--server' takes an http or https URL" },
        { ["import-report"], "error: Give the report file (JSON)." },
        { ["import-report", "a.json", "b.json"], "error: Give one report file (JSON), not 2 arguments (a.json b.json)." },
        { ["import-report", "/no/such/report.json"], "error: There is no file '/no/such/report.json'." },
        { ["import-report", "report.json", "--expected-version"], "error: Option '--expected-version' needs a value: --expected-version N." },
        { ["import-report", "report.json", "--dry-run=yes"], "error: Option '--dry-run' is a flag and takes no value." },
        { ["import-indicators", "figures.csv", "--year", "2021"], "error: Option '--province' is required." },
        { ["import-indicators", "--province", "ha-nam", "--year", "2021"], "error: Give the CSV file." },
        { ["set", "postal.revenue", "--province", "ha-nam", "--year", "2021"], "error: Give the figure's CODE and VALUE, not 1 argument." },
        { ["set", "postal.revenue", "112,5", "--province", "ha-nam", "--year", "2021"], "error: VALUE takes a decimal number with '.' as the decimal mark" },
        { ["set", "postal.revenue", "112.5", "--province", "ha-nam", "--year", "2021", "--multiplier", "tỷ"], "error: --multiplier takes a decimal number" },
        { ["history", "--province", "ha-nam"], "error: Option '--year' is required." },
        { ["history", "--province", "ha-nam", "--year", "2021", "--first", "many"], "error: Option '--first' takes a whole number, not 'many'." },
    };

    [Theory]
    [MemberData(nameof(WrongCommandLines))]
    public async Task A_wrong_command_line_exits_with_2_and_says_why(string[] args, string message)
    {
        var run = await _tool.RunExactlyAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith(message, run.Error);
    }

    [Fact]
    public async Task Help_lists_the_commands_and_exits_with_0()
    {
        var run = await _tool.RunExactlyAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage: namdinh-graph <command> [options]", run.Output);
        Assert.Contains("  import-report       Import a whole report from a JSON file", run.Output);
        Assert.Contains("  import-indicators   ", run.Output);
        Assert.Contains("  export-report       ", run.Output);
        Assert.Contains("  set                 ", run.Output);
        Assert.Contains("  history             ", run.Output);
        Assert.Contains("Exit codes: 0 done; 1 ", run.Output);
    }

    [Theory]
    [InlineData("import-report", "Usage: namdinh-graph import-report <file.json> [--dry-run] [--reason TEXT] [--expected-version N] [--confirm-implausible] [--idempotency-key K] [--server URL] [--token TOKEN]")]
    [InlineData("import-indicators", "Usage: namdinh-graph import-indicators <file.csv> --province P --year Y [--dry-run] [--reason TEXT] [--expected-version N] [--confirm-implausible] [--idempotency-key K] [--server URL] [--token TOKEN]")]
    [InlineData("set", "Usage: namdinh-graph set CODE VALUE --province P --year Y [--multiplier M] [--reason TEXT] [--expected-version N] [--confirm-implausible] [--idempotency-key K] [--dry-run] [--server URL] [--token TOKEN]")]
    [InlineData("history", "Usage: namdinh-graph history --province P --year Y [--code C] [--first N] [--server URL] [--token TOKEN]")]
    [InlineData("export-report", "Usage: namdinh-graph export-report --province P --year Y [--format json|csv] [--output FILE] [--server URL] [--token TOKEN]")]
    public async Task Each_command_has_its_usage_with_options_and_examples(string command, string usage)
    {
        var run = await _tool.RunExactlyAsync(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(usage + "\n", run.Output);
        Assert.Contains("Options:", run.Output);
        Assert.Contains("  --server URL ", run.Output);
        Assert.Contains($"Examples:\n  namdinh-graph {command} ", run.Output);
    }

    private sealed class NoServer : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A usage error must not reach the server.");
    }
}
