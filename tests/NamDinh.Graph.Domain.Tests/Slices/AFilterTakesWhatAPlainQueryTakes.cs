using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// A filter over the sector-year aggregates takes exactly the figures a plain query over the reports themselves
/// takes: of the provinces, years, sector, indicator codes and status asked for, each part alone or together.
/// </summary>
public sealed class AFilterTakesWhatAPlainQueryTakes
{
    public static TheoryData<string> Filters() => [.. Cases.Keys];

    private static readonly Dictionary<string, (FigureFilter Filter, Func<Report, IndicatorValue, bool> Takes)> Cases = new()
    {
        ["everything"] = (FigureFilter.All, (_, _) => true),
        ["provinces"] = (new(ProvinceCodes: new HashSet<string> { "01", "36", "96" }), (report, _) => report.Key.ProvinceCode is "01" or "36" or "96"),
        ["an unknown province"] = (new(ProvinceCodes: new HashSet<string> { "00" }), (_, _) => false),
        ["years from"] = (new(FromYear: 2022), (report, _) => report.Key.Year >= 2022),
        ["years to"] = (new(ToYear: 2020), (report, _) => report.Key.Year <= 2020),
        ["a year range"] = (new(FromYear: 2020, ToYear: 2021), (report, _) => report.Key.Year is 2020 or 2021),
        ["one year"] = (new(FromYear: 2023, ToYear: 2023), (report, _) => report.Key.Year == 2023),
        ["an empty year range"] = (new(FromYear: 2022, ToYear: 2021), (_, _) => false),
        ["a sector"] = (new(Sector: Sector.InformationPress), (_, value) => SectorOf(value) == Sector.InformationPress),
        ["a sector without indicators"] = (new(Sector: Sector.General), (_, _) => false),
        ["codes"] = (new(Codes: new HashSet<string> { "postal.revenue", "inspection.fines", "egov.online-dossiers" }),
            (_, value) => value.Code is "postal.revenue" or "inspection.fines" or "egov.online-dossiers"),
        ["codes outside the sector"] = (new(Sector: Sector.Inspection, Codes: new HashSet<string> { "postal.revenue", "inspection.fines" }),
            (_, value) => value.Code == "inspection.fines"),
        ["an unknown code"] = (new(Codes: new HashSet<string> { "no.such-code" }), (_, _) => false),
        ["estimates"] = (new(Status: ValueStatus.Estimate), (_, value) => value.Status == ValueStatus.Estimate),
        ["final figures"] = (new(Status: ValueStatus.Final), (_, value) => value.Status == ValueStatus.Final),
        ["revised figures"] = (new(Status: ValueStatus.Revised), (_, value) => value.Status == ValueStatus.Revised),
        ["all together"] = (
            new(new HashSet<string> { "02", "36", "79" }, 2021, 2023, Sector.PostalTelecom, new HashSet<string> { "postal.revenue", "telecom.revenue", "internet.subscribers.active" }, ValueStatus.Final),
            (report, value) => report.Key.ProvinceCode is "02" or "36" or "79" && report.Key.Year is >= 2021 and <= 2023
                && SectorOf(value) == Sector.PostalTelecom && value.Code is "postal.revenue" or "telecom.revenue" or "internet.subscribers.active"
                && value.Status == ValueStatus.Final),
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void TheSliceIsThePlainQuery(string name)
    {
        var (filter, takes) = Cases[name];
        var expected = SyntheticSet.Reports
            .SelectMany(report => report.Indicators.Where(value => takes(report, value)).Select(value => SyntheticSlices.FigureOf(report, value)));

        var slice = SyntheticSlices.Slice(filter);

        Assert.Equal(SyntheticSlices.Sorted(expected), SyntheticSlices.Sorted(slice));
    }

    [Fact]
    public void TheFiltersTakeSomethingAndLeaveSomething()
    {
        var everything = SyntheticSlices.Slice(FigureFilter.All).Count;

        Assert.Equal(SyntheticSet.Reports.Sum(report => report.Indicators.Count), everything);
        Assert.All(new[] { "provinces", "a year range", "a sector", "codes", "estimates", "final figures", "all together" },
            name => Assert.InRange(SyntheticSlices.Slice(Cases[name].Filter).Count, 1, everything - 1));
    }

    private static Sector SectorOf(IndicatorValue value) => SyntheticSlices.Catalog.Find(value.Code)!.Sector;
}
