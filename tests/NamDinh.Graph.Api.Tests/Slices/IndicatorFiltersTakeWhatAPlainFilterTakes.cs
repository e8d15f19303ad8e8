using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests.Slices;

/// <summary>
/// indicators(where:) over the synthetic reports of 2020 and 2021 takes exactly the figures a plain LINQ filter over the
/// reports held takes: by provinces (slug or code), year, fromYear/toYear, sector, codes and status, alone and together.
/// totalCount is their number, and walking the pages gives each of them once.
/// </summary>
public sealed class IndicatorFiltersTakeWhatAPlainFilterTakes(SyntheticTwoYearsServer server) : IClassFixture<SyntheticTwoYearsServer>
{
    private static readonly Dictionary<string, (object? Where, Func<HeldFigure, bool> Takes)> Filters = new()
    {
        ["no filter"] = (null, _ => true),
        ["an empty filter"] = (new { }, _ => true),
        ["provinces by slug and by code"] = (new { provinces = new[] { "ha-nam", "01", "nam-dinh" } }, figure => figure.ProvinceCode is "35" or "01" or "36"),
        ["a province named twice"] = (new { provinces = new[] { "36", "nam-dinh", "NAM-DINH" } }, figure => figure.ProvinceCode == "36"),
        ["year"] = (new { year = 2021 }, figure => figure.Year == 2021),
        ["a year with no reports"] = (new { year = 2019 }, _ => false),
        ["fromYear"] = (new { fromYear = 2021 }, figure => figure.Year >= 2021),
        ["toYear"] = (new { toYear = 2020 }, figure => figure.Year <= 2020),
        ["fromYear and toYear"] = (new { fromYear = 2020, toYear = 2020 }, figure => figure.Year == 2020),
        ["fromYear to a later toYear"] = (new { fromYear = 2019, toYear = 2022 }, _ => true),
        ["sector"] = (new { sector = "INFORMATION_PRESS" }, figure => figure.Sector == Sector.InformationPress),
        ["the general sector, which has no indicators"] = (new { sector = "GENERAL" }, _ => false),
        ["codes of two sectors"] = (new { codes = new[] { "postal.revenue", "inspection.fines" } }, figure => figure.Code is "postal.revenue" or "inspection.fines"),
        ["a code outside the sector asked"] = (new { sector = "INSPECTION", codes = new[] { "postal.revenue" } }, _ => false),
        ["status ESTIMATE"] = (new { status = "ESTIMATE" }, figure => figure.Figure.Status == ValueStatus.Estimate),
        ["status FINAL"] = (new { status = "FINAL" }, figure => figure.Figure.Status == ValueStatus.Final),
        ["everything together"] = (
            new { provinces = new[] { "nam-dinh", "ha-nam", "ho-chi-minh" }, fromYear = 2020, toYear = 2021, sector = "POSTAL_TELECOM", codes = new[] { "postal.revenue", "telecom.revenue", "inspection.fines" }, status = "FINAL" },
            figure => figure.ProvinceCode is "36" or "35" or "79" && figure.Sector == Sector.PostalTelecom
                && figure.Code is "postal.revenue" or "telecom.revenue" && figure.Figure.Status == ValueStatus.Final),
    };

    public static TheoryData<string> Cases => [.. Filters.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_filter_takes_what_LINQ_takes(string filter)
    {
        var (where, takes) = Filters[filter];
        var expected = HeldFigure.Of(server.Held).Where(takes).ToList();

        var (nodes, totalCount) = await server.Client.AllIndicatorsAsync(where);

        Assert.Equal(expected.Count, totalCount);
        var given = nodes.Select(FigureId.Of).ToList();
        Assert.Equal(given.Count, given.Distinct().Count());
        Assert.Equal(expected.Select(figure => figure.Id).Order(Comparer).ToList(), given.Order(Comparer).ToList());
    }

    [Fact]
    public async Task Each_figure_taken_is_the_figure_held()
    {
        var held = HeldFigure.Of(server.Held).ToDictionary(figure => figure.Id);

        var (nodes, _) = await server.Client.AllIndicatorsAsync(new { provinces = new[] { "nam-dinh", "ha-nam" } });

        Assert.NotEmpty(nodes);
        Assert.All(nodes, node =>
        {
            var figure = held[FigureId.Of(node)];
            Assert.Equal(figure.Report.Version, node.Int("reportVersion"));
            Assert.Equal(figure.Report.Synthetic, node.Bool("synthetic"));
            Assert.Equal(figure.Figure.Value, node["figure"].Decimal("value"));
            Assert.Equal(figure.Figure.Multiplier, node["figure"].Decimal("multiplier"));
            Assert.Equal(figure.Figure.BaseValue, node["figure"].Decimal("baseValue"));
        });
        Assert.Contains(nodes, node => node["province"].Text("code") == "36" && !node.Bool("synthetic"));
    }

    [Fact]
    public void The_held_set_is_the_synthetic_one_with_the_real_Nam_Dinh_2021()
    {
        Assert.Equal(126, server.Held.Count);
        Assert.False(server.HeldReport("36", 2021).Synthetic);
        Assert.All(server.Held.Where(report => report.Key != new ReportKey("36", 2021)), report => Assert.True(report.Synthetic));
        Assert.Equal(SeedReports.All.Single(report => report.Key == new ReportKey("36", 2021)).Indicators.Count, server.HeldReport("36", 2021).Indicators.Count);
    }

    private static readonly IComparer<FigureId> Comparer = Comparer<FigureId>.Create((x, y) =>
        (string.CompareOrdinal(x.ProvinceCode, y.ProvinceCode), x.Year.CompareTo(y.Year), string.CompareOrdinal(x.Code, y.Code)) switch
        {
            (not 0 and var byProvince, _, _) => byProvince,
            (_, not 0 and var byYear, _) => byYear,
            (_, _, var byCode) => byCode,
        });
}
