using System.Text;
using System.Text.Json.Nodes;

namespace NamDinh.Graph.Cli.Tests;

/// <summary>
/// Someone else changes the report while the tool sets figures: the next row's setIndicator is refused with
/// VERSION_CONFLICT by the real server, the tool stops there and says which rows were applied.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class AnImportStopsAtTheFirstRefusal(ApiFactory server)
{
    private const int Year = 2012;

    [Fact]
    public async Task Rows_before_the_refusal_stay_applied_and_the_rest_are_not_sent()
    {
        var tool = new Tool(server);
        Assert.Equal(0, (await tool.RunAsync("import-report", TestData.ReportFileFor(Year))).ExitCode);
        var interloper = new ChangeBeforeSecondMutation(server.Server.CreateHandler());

        var import = await new Tool(new HttpClient(interloper)).RunAsync(
            "import-indicators", TestData.IndicatorsCsvFile, "--province", TestData.Province, "--year", $"{Year}", "--token", ApiFactory.AdminToken);

        Assert.Equal(1, import.ExitCode);
        Assert.StartsWith("line 2 postal.revenue: 111 × 1000000000 VND, ESTIMATE, EXACT → 112.5 × 1000000000 VND, FINAL, EXACT (version 2)\n", import.Output);
        Assert.Equal(
            "error: The report is at version 3, not 2: read it again and redo the change on the current version. (code: VERSION_CONFLICT, currentVersion: 3, expectedVersion: 2)\n" +
            "Line 3 (telecom.fixed-postpaid.new) was refused and not stored.\n" +
            "Applied before it: line 2; Hà Nam (35) 2012 is at version 2.\n" +
            "Not sent: lines 4, 6.\n",
            import.Error);
        Assert.Equal(3, await tool.VersionOfAsync(TestData.Province, Year));
    }

    /// <summary>Before passing on the tool's second mutation, makes a change of its own to the same report.</summary>
    private sealed class ChangeBeforeSecondMutation(HttpMessageHandler server) : DelegatingHandler(server)
    {
        private int _mutations;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            if (body.Contains("mutation SetIndicator") && ++_mutations == 2)
            {
                var change = new JsonObject
                {
                    ["query"] = $"mutation {{ setIndicator(input: {{province: \"{TestData.Province}\", year: {Year}, code: \"telecom.revenue\", value: \"556\", multiplier: \"1000000000\"}}) {{ version }} }}",
                };
                using var concurrent = new HttpRequestMessage(HttpMethod.Post, request.RequestUri)
                {
                    Content = new StringContent(change.ToJsonString(), Encoding.UTF8, "application/json"),
                    Headers = { Authorization = request.Headers.Authorization },
                };
                (await base.SendAsync(concurrent, cancellationToken)).Dispose();
            }
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
