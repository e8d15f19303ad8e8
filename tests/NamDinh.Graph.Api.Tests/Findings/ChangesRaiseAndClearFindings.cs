using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// A change tells the findings it raised and cleared: fixing the 811 of the real report's copy to 900 clears
/// its unmet target; a figure that its stated rate no longer fits raises one; and a stated change on the
/// previous year that the previous year's report held by the API does not give raises one.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ChangesRaiseAndClearFindings(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task Fixing_811_to_900_clears_the_unmet_target()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var fix = own.Input(new
        {
            code = "egov.procedures-with-online-dossiers",
            value = "900",
            valueAsWritten = "900 TTHC",
            comparisons = new { outOf = "1725", target = new { value = "50", qualifier = "MORE_THAN", met = true } },
            source = new { section = "2.2", sentence = "Có 900 TTHC của tỉnh phát sinh hồ sơ mức độ 3, 4 trên tổng số 1.725 TTHC của tỉnh." },
            reason = "The real count.",
        });

        var dryRun = await _client.MutateAsync("importReport", new
        {
            report = OwnReport.Json(own.CopyOfNamDinh() with
            {
                Indicators = own.CopyOfNamDinh().Indicators.Select(value => value.Code == "egov.procedures-with-online-dossiers" ? value with { Value = 900 } : value).ToList(),
            }),
            dryRun = true
        });
        var payload = await _client.MutateAsync("setIndicator", fix, ReportRequests.PayloadFields + " report { findings { kind subject } }");

        foreach (var answer in new[] { dryRun, payload })
        {
            Assert.Empty(answer.Array("findingsRaised"));
            var cleared = Assert.Single(answer.Array("findingsCleared"));
            Assert.Equal("MET_TARGET_NOT_REACHED", cleared.Text("kind"));
            Assert.Equal("egov.procedures-with-online-dossiers", cleared.Text("subject"));
            Assert.Contains("811 of 1725", cleared.Text("message"));
            Assert.Contains(cleared!["figures"]!.AsArray(), figure => figure.Text("name") == "figure" && figure.Text("value") == "47.01");
        }
        Assert.Equal(2, payload.Int("version"));
        var left = Assert.Single(payload["report"].Array("findings"));
        Assert.Equal("COMPARISON_WITH_OTHER_THAN_PREVIOUS_YEAR", left.Text("kind"));
    }

    [Fact]
    public async Task A_figure_its_stated_rate_no_longer_fits_raises_a_finding()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var payload = await _client.MutateAsync("setIndicator", own.Input(new
        {
            code = "egov.online-dossiers",
            value = "10000",
            period = new { year = 2020 },
            comparisons = new { ratePercent = "24", outOf = "92329", target = new { value = "20", met = true } },
        }), ReportRequests.PayloadFields + " report { findings { kind } }");

        Assert.Empty(payload.Array("findingsCleared"));
        var raised = Assert.Single(payload.Array("findingsRaised"));
        Assert.Equal("RATE_DISAGREES_WITH_PART_OF_WHOLE", raised.Text("kind"));
        Assert.Equal("egov.online-dossiers", raised.Text("subject"));
        Assert.Equal(new[] { "stated rate=24", "N=10000", "M=92329", "computed rate=10.83" }, Figures(raised!));
        Assert.Contains("10.83 %", raised.Text("message"));
        Assert.NotNull(raised!["source"]);
        Assert.Equal(3, payload["report"].Array("findings").Count);
    }

    [Fact]
    public async Task A_stated_change_the_previous_years_report_does_not_give_raises_a_finding()
    {
        var own = OwnReport.Next();
        var previous = own.PreviousYear;
        await _client.CreateAsync(previous);
        await _client.MutateAsync("setIndicator", previous.Input(new { code = "postal.revenue", value = "100", multiplier = "1000000000" }));
        await _client.CreateAsync(own);

        var disagreeing = await _client.MutateAsync("setIndicator", own.Input(new
        {
            code = "postal.revenue",
            value = "130",
            multiplier = "1000000000",
            comparisons = new { change = new { amount = "8.3", unit = "PERCENT", comparedToYear = previous.Year } },
        }), ReportRequests.PayloadFields + " report { findings { kind subject } }");

        var raised = Assert.Single(disagreeing.Array("findingsRaised"));
        Assert.Equal("CHANGE_DISAGREES_WITH_PREVIOUS_YEAR", raised.Text("kind"));
        Assert.Equal("postal.revenue", raised.Text("subject"));
        Assert.Equal(new[] { "stated change=8.3", "previous figure=100", "computed change=30" }, Figures(raised!));
        Assert.Contains(previous.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), raised.Text("message"));
        Assert.Equal("CHANGE_DISAGREES_WITH_PREVIOUS_YEAR", Assert.Single(disagreeing["report"].Array("findings")).Text("kind"));

        var agreeing = await _client.MutateAsync("setIndicator", own.Input(new
        {
            code = "postal.revenue",
            value = "130",
            multiplier = "1000000000",
            comparisons = new { change = new { amount = "30", unit = "PERCENT", comparedToYear = previous.Year } },
        }), ReportRequests.PayloadFields + " report { findings { kind } }");

        Assert.Empty(agreeing.Array("findingsRaised"));
        Assert.Equal("CHANGE_DISAGREES_WITH_PREVIOUS_YEAR", Assert.Single(agreeing.Array("findingsCleared")).Text("kind"));
        Assert.Empty(agreeing["report"].Array("findings"));
    }

    private static string[] Figures(JsonNode finding) =>
        finding.Array("figures").Select(figure => $"{figure.Text("name")}={figure.Text("value")}").ToArray();
}
