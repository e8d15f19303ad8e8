using NamDinh.Graph.Domain.Synthetic;

namespace NamDinh.Graph.Domain.Tests;

public sealed class TheYearsOfTheSyntheticSetCanBeChosen
{
    [Fact]
    public void TwoYearsGiveTwoReportsPerProvince()
    {
        var reports = new SyntheticReportGenerator(SyntheticSet.Seed, 2021, 2022).GenerateAll();

        Assert.Equal(63 * 2, reports.Count);
        Assert.Equal([2021, 2022], reports.Select(report => report.Key.Year).Distinct().Order());
    }

    [Fact]
    public void YearsTheProvincesDoNotCoverAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticReportGenerator(1, 2005, 2010));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticReportGenerator(1, 2023, 2019));
    }
}
