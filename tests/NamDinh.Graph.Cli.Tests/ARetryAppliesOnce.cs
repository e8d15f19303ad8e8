namespace NamDinh.Graph.Cli.Tests;

/// <summary>
/// A write sent again with its idempotency key, after its answer was lost, is answered as the first time and
/// applied once; an import's key comes from its file, so the same command line is a retry by itself.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ARetryAppliesOnce(ApiFactory server)
{
    private readonly Tool _tool = new(server);

    [Fact]
    public async Task An_import_whose_answer_was_lost_is_applied_once_when_run_again()
    {
        const int year = 2019;
        await ImportTestReportAsync(year);
        var lossy = new Tool(new HttpClient(new LoseTheFirstAnswer(server.Server.CreateHandler())));
        string[] import = ["import-indicators", TestData.IndicatorsCsvFile, "--province", TestData.Province, "--year", $"{year}", "--token", ApiFactory.AdminToken];

        var lost = await lossy.RunAsync(import);
        var again = await lossy.RunAsync(import);
        var thirdTime = await lossy.RunAsync(import);

        Assert.Equal(1, lost.ExitCode);
        Assert.Contains("run the same command again to learn whether it was applied", lost.Error);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Set 4 of 5 rows as one change; Hà Nam (35) 2019 is now at version 2.\n", again.Output);
        Assert.Equal(again.Output, thirdTime.Output);
        Assert.Equal(2, await _tool.VersionOfAsync(TestData.Province, year));
    }

    [Fact]
    public async Task A_set_sent_twice_with_one_key_gives_one_version_and_the_same_answer()
    {
        const int year = 2020;
        await ImportTestReportAsync(year);
        string[] set = ["set", "postal.revenue", "112.5", "--province", TestData.Province, "--year", $"{year}", "--idempotency-key", "retry-test-2020"];

        var first = await _tool.RunAsync(set);
        var second = await _tool.RunAsync(set);
        var other = await _tool.RunAsync("set", "postal.revenue", "113", "--province", TestData.Province, "--year", $"{year}", "--idempotency-key", "retry-test-2020");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(first.Output, second.Output);
        Assert.Equal(1, other.ExitCode);
        Assert.Contains("code: IDEMPOTENCY_KEY_REUSED", other.Error);
        Assert.Equal(2, await _tool.VersionOfAsync(TestData.Province, year));
    }

    private async Task ImportTestReportAsync(int year)
    {
        var import = await _tool.RunAsync("import-report", TestData.ReportFileFor(year));
        Assert.True(import.ExitCode == 0, import.ToString());
    }

    /// <summary>Passes the first mutation on to the server, then acts as if its answer timed out.</summary>
    private sealed class LoseTheFirstAnswer(HttpMessageHandler server) : DelegatingHandler(server)
    {
        private bool _lost;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var answer = await base.SendAsync(request, cancellationToken);
            if (_lost || !(await request.Content!.ReadAsStringAsync(cancellationToken)).Contains("mutation"))
                return answer;
            _lost = true;
            answer.Dispose();
            throw new TaskCanceledException("The answer was lost.");
        }
    }
}
