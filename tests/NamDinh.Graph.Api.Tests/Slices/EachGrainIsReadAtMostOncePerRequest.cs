using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests.Slices;

/// <summary>
/// A dashboard request that names every 2021 report many times over (the reports list with findings and rankings, a
/// comparison of all 63 provinces, a page of figures, two sector summaries, a series, ranking tables, and one report by
/// code and by slug) reads each report grain, each sector-year aggregate and the year's rankings once, counted by an
/// Orleans call filter in the silo. The loader lives for one request: the next request reads them again.
/// </summary>
public sealed class EachGrainIsReadAtMostOncePerRequest(SyntheticTwoYearsServer server) : IClassFixture<SyntheticTwoYearsServer>
{
    private const string GetAsync = "GetAsync";

    private const string Dashboard = """
        query Dashboard($provinces: [String!]!, $codes: [String!]!) {
          reports(year: 2021) { id province { name } findings { kind } rankings { index position } }
          compare(provinces: $provinces, year: 2021, codes: $codes) { rows { province { code } report { version findings { kind } } figures { value } } }
          indicators(where: { year: 2021 }, first: 500) { totalCount nodes { code report { version } } }
          postal: sectorSummary(sector: POSTAL_TELECOM, year: 2021) { indicators { count ranks { rank figure { report { version } } } } }
          postalAgain: sectorSummary(sector: POSTAL_TELECOM, year: 2021, codes: ["postal.revenue"]) { indicators { count } }
          inspection: sectorSummary(sector: INSPECTION, year: 2021) { reportingProvinces }
          series: indicatorSeries(province: "ha-nam", code: "postal.revenue") { points { year figure { report { version } } } }
          tables: rankingTables(year: 2021) { entries { position report { version } } }
          ict: rankingTables(year: 2021, index: "ict-index") { entries { province { code } } }
          a: report(province: "36", year: 2021) { version }
          b: report(province: "nam-dinh", year: 2021) { version findings { kind } }
        }
        """;

    private static readonly string[] AllProvinces = [.. ProvinceDirectory.Default.All.Select(province => province.Code)];

    private static readonly string[] Codes = ["postal.revenue", "egov.online-dossiers", "press.news-items", "inspection.fines", "telecom.revenue"];

    [Fact]
    public async Task A_dashboard_reads_each_report_and_aggregate_once()
    {
        server.Calls.Reset();

        var answer = await server.Client.PostAsync(Dashboard, new { provinces = AllProvinces, codes = Codes });

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.Equal(63, answer.Data.Array("reports").Count);
        Assert.Equal(63, answer.Data!["compare"].Array("rows").Count);
        Assert.All(answer.Data!["compare"].Array("rows"), row => Assert.NotNull(row!["report"]));
        var counted = server.Calls.Counted;
        var reads = counted.Where(call => call.Key.Method == GetAsync).ToList();
        Assert.All(reads, call => Assert.True(call.Value == 1, $"{call.Key} was called {call.Value} times in one request."));

        // Every 2021 report (the reports list, rows, ranks), every 2020 report (the findings compare with it), and nothing else.
        var expectedReports = AllProvinces.SelectMany(code => new[] { new ReportKey(code, 2021), new ReportKey(code, 2020) })
            .Select(key => new GrainCall(nameof(IReportGrain), key.ToString(), GetAsync));
        // Every sector of 2021 (the page of figures), postal-telecom of 2020 (the series), and the 2021 rankings.
        var expectedAggregates = ReportContributions.SectorsWithIndicators(IndicatorCatalog.Default)
            .Select(sector => new SectorYear(sector, 2021)).Append(new SectorYear(Sector.PostalTelecom, 2020))
            .Select(key => new GrainCall(nameof(ISectorFiguresGrain), key.ToString(), GetAsync))
            .Append(new GrainCall(nameof(IYearRankingsGrain), "2021", GetAsync));
        Assert.Equal(
            expectedReports.Concat(expectedAggregates).Select(call => call.ToString()).Order(StringComparer.Ordinal),
            reads.Select(call => call.Key.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Two_requests_each_read_the_grains_again()
    {
        const string Query = """
            {
              a: report(province: "36", year: 2021) { version }
              b: report(province: "nam-dinh", year: 2021) { version }
              summary: sectorSummary(sector: POSTAL_TELECOM, year: 2021) { reportingProvinces }
              tables: rankingTables(year: 2021) { year }
            }
            """;
        server.Calls.Reset();

        await server.Client.QueryAsync(Query);
        // Another document that reads the same: the same one's answer would be given again by the response cache.
        await server.Client.QueryAsync(Query.Replace("tables:", "again:", StringComparison.Ordinal));

        Assert.Equal(2, server.Calls.CountOf(new GrainCall(nameof(IReportGrain), "36-2021", GetAsync)));
        Assert.Equal(2, server.Calls.CountOf(new GrainCall(nameof(ISectorFiguresGrain), "PostalTelecom-2021", GetAsync)));
        Assert.Equal(2, server.Calls.CountOf(new GrainCall(nameof(IYearRankingsGrain), "2021", GetAsync)));
        Assert.Equal(3, server.Calls.Counted.Count(call => call.Key.Method == GetAsync));
    }

    [Fact]
    public async Task The_counter_sees_grain_calls_made_outside_any_request()
    {
        server.Calls.Reset();

        await server.Grains.GetReportGrain(new ReportKey("35", 2021)).GetAsync();
        await server.Grains.GetReportGrain(new ReportKey("35", 2021)).GetAsync();
        await server.Grains.GetSectorFigures(new SectorYear(Sector.Inspection, 2020)).GetAsync();

        Assert.Equal(2, server.Calls.CountOf(new GrainCall(nameof(IReportGrain), "35-2021", GetAsync)));
        Assert.Equal(1, server.Calls.CountOf(new GrainCall(nameof(ISectorFiguresGrain), "Inspection-2020", GetAsync)));
    }
}
