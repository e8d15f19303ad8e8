namespace NamDinh.Graph.Api.Tests;

/// <summary>Any change can be a dry run: it tells what it would change and the findings it would raise or clear, and stores nothing.</summary>
[Collection(ApiCollection.Name)]
public sealed class ADryRunChangeStoresNothing(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task A_dry_run_setIndicator_tells_the_change_and_the_findings_and_keeps_the_report()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var payload = await _client.MutateAsync("setIndicator", own.Input(new
        {
            code = "egov.procedures-with-online-dossiers",
            value = "900",
            comparisons = new { outOf = "1725", target = new { value = "50", qualifier = "MORE_THAN", met = true } },
            dryRun = true,
        }), ReportRequests.PayloadFields + "indicator { value }");

        Assert.False(payload["applied"]!.GetValue<bool>());
        Assert.Equal(1, payload.Int("version"));
        Assert.Equal("900", payload["indicator"].Text("value"));
        Assert.Single(payload.Array("changes"));
        Assert.Contains(payload.Array("findingsCleared"), finding => finding.Text("key") == "MetTargetNotReached:egov.procedures-with-online-dossiers");
        var read = await _client.ReadAsync(own, "version indicators(code: \"egov.procedures-with-online-dossiers\") { value } history { totalCount }");
        Assert.Equal(1, read.Int("version"));
        Assert.Equal("811", read.Array("indicators").Single().Text("value"));
        Assert.Equal(1, read["history"].Int("totalCount"));
    }
}
