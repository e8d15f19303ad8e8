namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// Limits:MaxDepth (here 4) is how deep a selection may nest, the root field at depth 1 and each field inside one
/// deeper: a deeper one is QUERY_TOO_COMPLEX (400) and nothing runs, however it is written (through fragments too);
/// one of exactly the limit runs.
/// </summary>
public sealed class MaxDepthRefusesADeeperSelection(MaxDepthRefusesADeeperSelection.Server server) : IClassFixture<MaxDepthRefusesADeeperSelection.Server>
{
    public sealed class Server() : ConfiguredApi(("Limits:MaxDepth", "4"));

    [Fact]
    public async Task A_selection_of_depth_4_runs()
    {
        var answer = await server.Admin.PostAsync("""{ report(province: "nam-dinh", year: 2021) { indicators(code: "postal.revenue") { comparisons { ratePercent } } } }""");

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.Single(answer.Data!["report"].Array("indicators"));
    }

    [Fact]
    public async Task A_selection_of_depth_5_is_QUERY_TOO_COMPLEX()
    {
        var answer = await server.Admin.PostAsync("""{ report(province: "nam-dinh", year: 2021) { indicators { comparisons { change { amount } } } } }""");

        Assert.Equal(400, answer.Status);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("QUERY_TOO_COMPLEX", error.CodeOf());
        Assert.Contains("5 levels", error.Text("message"));
        Assert.Contains("4", error.Text("message"));
        Assert.Null(answer.Data);
    }

    [Fact]
    public async Task Fragments_do_not_hide_the_depth()
    {
        var answer = await server.Admin.PostAsync("""
            { report(province: "nam-dinh", year: 2021) { ...Figures } }
            fragment Figures on Report { indicators { ...Change } }
            fragment Change on IndicatorValue { comparisons { change { amount } } }
            """);

        Assert.Equal(400, answer.Status);
        Assert.Equal("QUERY_TOO_COMPLEX", answer.FirstErrorCode);
    }

    [Fact]
    public async Task A_mutation_whose_payload_nests_too_deep_is_refused_before_it_changes_anything()
    {
        await server.Admin.CreateReportAsync("nam-dinh", 2031);

        var answer = await server.Admin.PostAsync("""
            mutation { setIndicator(input: { province: "nam-dinh", year: 2031, code: "press.news-items", value: "1" }) { report { history { nodes { version } } } } }
            """);

        Assert.Equal("QUERY_TOO_COMPLEX", answer.FirstErrorCode);
        Assert.Equal(1, await server.Admin.VersionOfAsync("nam-dinh", 2031));
    }
}
