using System.Text.Json.Nodes;
using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests.Slices;

/// <summary>
/// sectorSummary of each sector of 2021 is what plain LINQ computes over the reports held: count, sum, mean (4 places,
/// halves away from zero), median, extremes with their provinces, and standard competition ranks, all in the most
/// common multiplier. After a province's figure changes it is LINQ over the changed reports; a replayed or older
/// contribution to the aggregate changes nothing.
/// </summary>
public sealed class SectorSummaryIsWhatLinqComputes(Synthetic2021Server server) : IClassFixture<Synthetic2021Server>
{
    private const int Year = 2021;

    public static TheoryData<string> Sectors => [.. ReportContributions.SectorsWithIndicators(IndicatorCatalog.Default).Select(sector => sector.ToString())];

    [Theory]
    [MemberData(nameof(Sectors))]
    public async Task Each_sector_of_2021_is_the_LINQ_summary(string sectorName)
    {
        var sector = Enum.Parse<Sector>(sectorName);
        await server.ReadHeldAsync();

        var summary = await SummaryAsync(sector);

        Assert.Equal(ExpectedSummary.Of(server.Held, sector, Year).ToJsonString(), summary.ToJsonString());
        Assert.Equal(63, summary.Int("reportingProvinces"));
    }

    [Fact]
    public async Task Codes_narrow_the_summary_to_those_indicators_in_catalog_order()
    {
        await server.ReadHeldAsync();
        var codes = new[] { "inspection.prolonged-complaints", "inspection.fines", "inspection.fines" };

        var summary = await SummaryAsync(Sector.Inspection, codes);

        Assert.Equal(ExpectedSummary.Of(server.Held, Sector.Inspection, Year, codes.ToHashSet()).ToJsonString(), summary.ToJsonString());
        Assert.Equal(new[] { "inspection.fines", "inspection.prolonged-complaints" }, summary.Array("indicators").Select(indicator => indicator.Text("code")));
    }

    [Fact]
    public async Task A_changed_figure_is_summarised_and_a_replay_changes_nothing()
    {
        const string Code = "postal.revenue";
        await server.ReadHeldAsync();
        var others = HeldFigure.Of(server.Held).Where(figure => figure.Year == Year && figure.Code == Code).ToList();
        var highest = others.MaxBy(figure => figure.Figure.BaseValue)!;
        var province = server.Held
            .Where(report => report.Synthetic && report.Key.Year == Year && report.Key.ProvinceCode != highest.ProvinceCode)
            .OrderBy(report => report.Key.ProvinceCode, StringComparer.Ordinal).First();
        var before = province;

        // The highest figure again, written in triệu where the others write tỷ: a tie for rank 1 once converted.
        await server.Client.MutateAsync("setIndicator", new
        {
            province = province.Key.ProvinceCode,
            year = Year,
            expectedVersion = province.Version,
            code = Code,
            value = ExpectedSummary.Text(highest.Figure.BaseValue!.Value / 1_000_000m),
            multiplier = "1000000",
            reason = "A test of the sector summary.",
        });
        await server.ReadHeldAsync();
        var changed = server.HeldReport(province.Key.ProvinceCode, Year);
        Assert.Equal(before.Version + 1, changed.Version);

        var summary = await SummaryAsync(Sector.PostalTelecom);

        Assert.Equal(ExpectedSummary.Of(server.Held, Sector.PostalTelecom, Year).ToJsonString(), summary.ToJsonString());
        var revenue = summary.Array("indicators").Single(indicator => indicator.Text("code") == Code)!;
        Assert.Equal("1000000000", revenue.Text("multiplier"));
        Assert.Equal(ExpectedSummary.Text(highest.Figure.BaseValue!.Value / 1_000_000_000m), revenue["maximum"].Text("value"));
        Assert.Equal(new[] { highest.ProvinceCode, province.Key.ProvinceCode }.Order(StringComparer.Ordinal),
            revenue["maximum"].Array("provinces").Select(entry => entry.Text("code")));
        var ranks = revenue.Array("ranks").Select(rank => rank.Int("rank")).ToList();
        Assert.Equal(new[] { 1, 1, 3 }, ranks.Take(3));
        var raw = await server.Client.QueryAsync(Query, new { sector = "POSTAL_TELECOM", year = Year, codes = new[] { Code } });
        var changedRank = raw["sectorSummary"].Array("indicators").Single()!.Array("ranks").Single(rank => rank!["province"].Text("code") == province.Key.ProvinceCode)!;
        Assert.Equal(changed.Version, changedRank["figure"].Int("reportVersion"));

        // Replays: the report sends its parts again, and the aggregate is sent the province's older part directly.
        var answered = (await server.Client.PostAsync(Query, new { sector = "POSTAL_TELECOM", year = Year, codes = (string[]?)null })).Text;
        await server.Grains.GetReportGrain(changed.Key).RefreshAggregatesAsync();
        var olderPart = ReportContributions.FiguresBySector(before, IndicatorCatalog.Default)[Sector.PostalTelecom];
        Assert.Equal(before.Version, olderPart.ReportVersion);
        await server.Grains.GetSectorFigures(new SectorYear(Sector.PostalTelecom, Year)).ContributeAsync(olderPart);
        await server.Grains.GetSectorFigures(new SectorYear(Sector.PostalTelecom, Year))
            .ContributeAsync(new ProvinceContribution<IndicatorValue>(province.Key.ProvinceCode, before.Version, true, []));

        Assert.Equal(answered, (await server.Client.PostAsync(Query, new { sector = "POSTAL_TELECOM", year = Year, codes = (string[]?)null })).Text);
        Assert.Equal(ExpectedSummary.Of(server.Held, Sector.PostalTelecom, Year).ToJsonString(), (await SummaryAsync(Sector.PostalTelecom)).ToJsonString());
    }

    private const string Query = $$"""
        query Summary($sector: Sector!, $year: Int!, $codes: [String!]) {
          sectorSummary(sector: $sector, year: $year, codes: $codes) { {{ExpectedSummary.Selection}} }
        }
        """;

    private async Task<JsonNode> SummaryAsync(Sector sector, string[]? codes = null)
    {
        var data = await server.Client.QueryAsync(Query, new { sector = ExpectedSummary.GraphQLName(sector), year = Year, codes });
        return ExpectedSummary.Canonical(data["sectorSummary"])!;
    }
}
