using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// A sector's summary in a year is what a plain computation over the reports of that year gives, indicator by
/// indicator: count, sum (none for a percentage), mean and median to four places, the extremes and who holds them,
/// and each province's rank.
/// </summary>
public sealed class ASummaryIsWhatAPlainQueryComputes
{
    public static TheoryData<Sector, int> SectorsAndYears()
    {
        var data = new TheoryData<Sector, int>();
        foreach (var sector in ReportContributions.SectorsWithIndicators(SyntheticSlices.Catalog))
            foreach (var year in new[] { 2020, 2023 })
                data.Add(sector, year);
        return data;
    }

    [Theory]
    [MemberData(nameof(SectorsAndYears))]
    public void EveryIndicatorOfTheSectorIsSummarisedAsAPlainQueryWould(Sector sector, int year)
    {
        var key = new SectorYear(sector, year);
        var reports = SyntheticSet.Reports.Where(report => report.Key.Year == year).ToList();

        var summary = SectorSummary.Of(key, SyntheticSlices.SectorYears[key], SyntheticSlices.Catalog);

        Assert.Equal(key, summary.Key);
        Assert.Equal(reports.Count, summary.ReportingProvinces);
        var definitions = SyntheticSlices.Catalog.Indicators.Where(definition => definition.Sector == sector).ToList();
        Assert.Equal(definitions.Select(definition => definition.Code), summary.Indicators.Select(indicator => indicator.Definition.Code));
        foreach (var (definition, indicator) in definitions.Zip(summary.Indicators))
            PlainSummary.AssertSummarises(indicator, definition, [.. reports.SelectMany(report => report.Indicators
                .Where(value => value.Code == definition.Code)
                .Select(value => SyntheticSlices.FigureOf(report, value)))]);
    }

    [Fact]
    public void APercentageHasNoSumButAMean()
    {
        var key = new SectorYear(Sector.InformationTechnology, 2021);

        var share = SectorSummary.Of(key, SyntheticSlices.SectorYears[key], SyntheticSlices.Catalog).Indicators
            .Single(indicator => indicator.Definition.Code == "egov.one-stop.agencies-share");

        Assert.Null(share.Sum);
        Assert.NotNull(share.Mean);
    }

    [Fact]
    public void OnlyTheCodesAskedForAreSummarisedInCatalogOrder()
    {
        var key = new SectorYear(Sector.PostalTelecom, 2022);

        var summary = SectorSummary.Of(key, SyntheticSlices.SectorYears[key], SyntheticSlices.Catalog, new HashSet<string> { "telecom.revenue", "postal.revenue", "inspection.fines" });

        Assert.Equal(["postal.revenue", "telecom.revenue"], summary.Indicators.Select(indicator => indicator.Definition.Code));
    }

    [Fact]
    public void ASectorYearNoProvinceReportsOnIsEmpty()
    {
        var summary = SectorSummary.Of(new SectorYear(Sector.Inspection, 2030), new ProvinceAggregate<IndicatorValue>([]), SyntheticSlices.Catalog);

        Assert.Equal(0, summary.ReportingProvinces);
        Assert.All(summary.Indicators, indicator => PlainSummary.AssertSummarises(indicator, indicator.Definition, []));
    }
}
