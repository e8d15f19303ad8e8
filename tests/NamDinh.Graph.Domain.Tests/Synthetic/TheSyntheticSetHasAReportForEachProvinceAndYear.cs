using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

public sealed class TheSyntheticSetHasAReportForEachProvinceAndYear
{
    [Fact]
    public void SixtyThreeProvincesOverFiveYearsAreThreeHundredFifteenReports()
    {
        var expected = ProvinceDirectory.Default.All
            .SelectMany(province => Enumerable.Range(2019, 5).Select(year => new ReportKey(province.Code, year)));

        Assert.Equal(63 * 5, SyntheticSet.Reports.Count);
        Assert.Equal(expected, SyntheticSet.Reports.Select(report => report.Key));
    }
}
