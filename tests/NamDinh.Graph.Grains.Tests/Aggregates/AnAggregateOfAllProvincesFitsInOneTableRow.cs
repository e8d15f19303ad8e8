using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Synthetic;
using NamDinh.Graph.Grains.Aggregates;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Grains.Tests.Aggregates;

/// <summary>
/// Azure Table storage caps a grain's state near 960 KiB. A sector-year aggregate holds every province's figures of
/// the sector, without their source sentences; stored as the server stores it, the largest of the synthetic set
/// (every province states every indicator) stays under half of that cap.
/// </summary>
public sealed class AnAggregateOfAllProvincesFitsInOneTableRow
{
    private const int HalfTheCap = 480 * 1024;

    [Fact]
    public void The_largest_sector_year_of_63_provinces_stays_under_half_the_row_cap()
    {
        var reports = new SyntheticReportGenerator(seed: 5, firstYear: 2021, lastYear: 2021).GenerateAll();
        var largest = ReportContributions.SectorsWithIndicators(IndicatorCatalog.Default)
            .Select(sector => Stored(reports, sector))
            .Max();

        Assert.InRange(largest, 1, HalfTheCap);
    }

    private static int Stored(IReadOnlyList<Report> reports, Sector sector)
    {
        var state = new ProvinceAggregateState<IndicatorValue>
        {
            Contributions = [.. reports.Select(report => ReportContributions.FiguresBySector(report, IndicatorCatalog.Default)[sector])],
        };
        Assert.Equal(63, state.Contributions.Count);
        return new ReportJsonGrainStorageSerializer().Serialize(state).ToArray().Length;
    }
}
