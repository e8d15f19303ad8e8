using System.Text.Encodings.Web;
using System.Text.Json;
using NamDinh.Graph.Domain.Reports;
using Snapshooter.Xunit;

namespace NamDinh.Graph.Api.Tests.Slices;

/// <summary>
/// The slice queries over a server holding the real Nam Định 2021 report alone, as a client receives them, held as
/// snapshots reviewed like code: a page of its postal and telecom figures, the summary of each sector, a series, a
/// comparison with a province that has no report, and the ranking tables.
/// </summary>
public sealed class SlicesOfTheRealReportSnapshots(RealReportServer server) : IClassFixture<RealReportServer>
{
    private const string Figure = """
        id province { id code slug name } year reportVersion synthetic code indicator { id code sector kind higherIsBetter }
        figure { id code value multiplier baseValue unit { code } valueAsWritten status qualifier period { id year fromMonth toMonth wholeYear }
          comparisons { id change { id amount unit comparedToYear } shareOfPlan { percent planYear } ratePercent outOf target { value unit qualifier met } }
          source { id section } planValue }
        """;

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static Report NamDinh => SeedReports.All.Single(report => report.Key == new ReportKey("36", 2021));

    [Fact]
    public void The_server_holds_the_real_report_alone()
    {
        var held = Assert.Single(server.Held);
        Assert.Equal(new ReportKey("36", 2021), held.Key);
        Assert.False(held.Synthetic);
    }

    [Fact]
    public async Task Nam_Dinh_postal_and_telecom_figures()
    {
        var answer = Matched(await AskAsync($$"""
            {
              indicators(where: { provinces: ["nam-dinh"], sector: POSTAL_TELECOM }) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { {{Figure}} } }
              }
            }
            """));

        var edges = answer.Data!["indicators"].Array("edges");
        var expected = NamDinh.Indicators.Where(figure => figure.Code.StartsWith("postal.", StringComparison.Ordinal) || figure.Code.StartsWith("telecom.", StringComparison.Ordinal) || figure.Code.StartsWith("internet.", StringComparison.Ordinal))
            .OrderBy(figure => figure.Code, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(figure => figure.Code), edges.Select(edge => edge!["node"].Text("code")));
        Assert.Equal(expected.Select(figure => ExpectedSummary.Text(figure.Value)), edges.Select(edge => edge!["node"]!["figure"].Text("value")));
        Assert.Equal(expected.Select(figure => ExpectedSummary.Text(figure.BaseValue!.Value)), edges.Select(edge => edge!["node"]!["figure"].Text("baseValue")));
    }

    [Fact]
    public async Task The_summary_of_each_sector_of_2021()
    {
        var answer = Matched(await AskAsync($$"""
            {
              postalTelecom: sectorSummary(sector: POSTAL_TELECOM, year: 2021) { {{ExpectedSummary.Selection}} }
              informationTechnology: sectorSummary(sector: INFORMATION_TECHNOLOGY, year: 2021) { {{ExpectedSummary.Selection}} }
              informationPress: sectorSummary(sector: INFORMATION_PRESS, year: 2021) { {{ExpectedSummary.Selection}} }
              inspection: sectorSummary(sector: INSPECTION, year: 2021) { {{ExpectedSummary.Selection}} }
            }
            """));

        foreach (var (alias, sector) in new[] { ("postalTelecom", Sector.PostalTelecom), ("informationTechnology", Sector.InformationTechnology), ("informationPress", Sector.InformationPress), ("inspection", Sector.Inspection) })
            Assert.Equal(ExpectedSummary.Of(server.Held, sector, 2021).ToJsonString(), ExpectedSummary.Canonical(answer.Data![alias])!.ToJsonString());
    }

    [Fact]
    public async Task Nam_Dinh_postal_revenue_over_the_years()
    {
        var answer = Matched(await AskAsync($$"""
            {
              indicatorSeries(province: "nam-dinh", code: "postal.revenue") {
                id province { code name } code indicator { code unit { code } }
                points { id year figure { {{Figure}} } computedChange { id fromYear percent absolute } statedChange { id amount unit comparedToYear } statedChangeAgrees }
              }
            }
            """));

        var point = Assert.Single(answer.Data!["indicatorSeries"].Array("points"));
        Assert.Equal(2021, point.Int("year"));
        Assert.Equal("130", point!["figure"]!["figure"].Text("value"));
        Assert.Null(point["computedChange"]);
        Assert.Equal("8.3", point["statedChange"].Text("amount"));
    }

    [Fact]
    public async Task Nam_Dinh_beside_a_province_without_a_report()
    {
        var answer = Matched(await AskAsync("""
            {
              compare(provinces: ["nam-dinh", "ha-nam"], year: 2021, codes: ["postal.revenue", "telecom.revenue", "egov.online-dossiers", "inspection.prolonged-complaints"]) {
                id year indicators { id code sector }
                rows { id province { code name } figures { id code value multiplier baseValue valueAsWritten status } report { id version synthetic } }
              }
            }
            """));

        var rows = answer.Data!["compare"].Array("rows");
        Assert.Equal(new[] { "36", "35" }, rows.Select(row => row!["province"].Text("code")));
        Assert.Equal(new[] { "130", "1150", "22318", "0" }, rows[0].Array("figures").Select(figure => figure.Text("value")));
        Assert.All(rows[1].Array("figures"), Assert.Null);
        Assert.Null(rows[1]!["report"]);
    }

    [Fact]
    public async Task The_ranking_tables_of_2021()
    {
        var answer = Matched(await AskAsync("""
            {
              rankingTables(year: 2021) {
                id index { id code name nameEn: name(lang: EN) sharesPlaces } year editionYear
                entries { id province { code name } position total reportVersion synthetic report { id } }
                findings { id kind subject message }
              }
              rankingIndexes { code name sharesPlaces }
            }
            """));

        var tables = answer.Data.Array("rankingTables");
        Assert.Equal(NamDinh.Rankings.Select(ranking => ranking.Index), tables.Select(table => table!["index"].Text("code")));
        Assert.Equal(NamDinh.Rankings.Select(ranking => ranking.Position), tables.Select(table => Assert.Single(table.Array("entries")).Int("position")));
        Assert.All(tables, table => Assert.Empty(table.Array("findings")));
    }

    /// <summary>Sends the query, which must answer without errors.</summary>
    private async Task<GraphQLAnswer> AskAsync(string query)
    {
        var answer = await server.Client.PostAsync(query);

        Assert.Equal(200, answer.Status);
        Assert.True(answer.Errors.Count == 0, answer.Text);
        return answer;
    }

    /// <summary>
    /// Matches the whole answer with the snapshot of the test calling it. Called (not awaited) from the test method itself,
    /// so that Snapshooter finds the test's name on the stack.
    /// </summary>
    private static GraphQLAnswer Matched(GraphQLAnswer answer)
    {
        Snapshot.Match(answer.Body.ToJsonString(Indented));
        return answer;
    }
}
