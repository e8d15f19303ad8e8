using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// The real Nam Định 2021 report, read through the API, has exactly the two slips of its source: 811 of 1,725
/// procedures (47.01 %) called a met target of more than 50 %, and postal revenue compared with 2021 in a 2021
/// figure. Each names its figures and the sentence it concerns. Reading findings changes nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TheRealReportHasItsTwoFindings(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task A_met_target_not_reached_and_a_comparison_with_the_wrong_year()
    {
        var answer = await _client.PostAsync("""
            { report(province: "nam-dinh", year: 2021) {
                version
                findings { id kind subject message figures { name value } source { section sentence } }
            } }
            """);

        Assert.Empty(answer.Errors);
        var report = answer.Data!["report"]!;
        Assert.Equal(1, report.Int("version"));
        var findings = report.Array("findings").ToDictionary(finding => finding.Text("kind"));
        Assert.Equal(new[] { "COMPARISON_WITH_OTHER_THAN_PREVIOUS_YEAR", "MET_TARGET_NOT_REACHED" }, findings.Keys.Order());

        var target = findings["MET_TARGET_NOT_REACHED"]!;
        Assert.Equal("egov.procedures-with-online-dossiers", target.Text("subject"));
        Assert.Equal(Figures(("target", "50"), ("figure", "47.01")), Figures(target));
        Assert.Contains("more than 50 %", target.Text("message"));
        Assert.Contains("47.01 %", target.Text("message"));
        Assert.Contains("811 of 1725", target.Text("message"));
        Assert.Equal("2.2", target["source"].Text("section"));
        Assert.Equal(SentenceOf("egov.procedures-with-online-dossiers"), target["source"].Text("sentence"));
        Assert.Contains("811 TTHC", target["source"].Text("sentence"));

        var year = findings["COMPARISON_WITH_OTHER_THAN_PREVIOUS_YEAR"]!;
        Assert.Equal("postal.revenue", year.Text("subject"));
        Assert.Equal(Figures(("figure year", "2021"), ("compared with year", "2021")), Figures(year));
        Assert.Contains("2020", year.Text("message"));
        Assert.Equal(SentenceOf("postal.revenue"), year["source"].Text("sentence"));
        Assert.Contains("so với cùng kỳ năm 2021", year["source"].Text("sentence"));

        Assert.NotEqual(target.Text("id"), year.Text("id"));
        var again = await _client.PostAsync("""{ report(province: "nam-dinh", year: 2021) { version history { totalCount } } }""");
        Assert.Equal(1, again.Data!["report"].Int("version"));
        Assert.Equal(1, again.Data!["report"]!["history"].Int("totalCount"));
    }

    private static string SentenceOf(string code) =>
        SeedReports.All.Single(report => report.Key == new ReportKey("36", 2021)).Indicators.Single(value => value.Code == code).Source!.Sentence;

    private static string[] Figures(params (string Name, string Value)[] figures) =>
        figures.Select(figure => $"{figure.Name}={figure.Value}").ToArray();

    private static string[] Figures(System.Text.Json.Nodes.JsonNode finding) =>
        finding.Array("figures").Select(figure => $"{figure.Text("name")}={figure.Text("value")}").ToArray();
}
