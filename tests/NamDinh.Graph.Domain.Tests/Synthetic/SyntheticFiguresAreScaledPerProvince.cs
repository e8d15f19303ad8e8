namespace NamDinh.Graph.Domain.Tests;

public sealed class SyntheticFiguresAreScaledPerProvince
{
    [Fact]
    public void ProvincesReportFiguresOfTheirOwnSize()
    {
        var revenues = SyntheticSet.Reports.Where(report => report.Key.Year == 2021)
            .Select(report => report.Indicators.Single(value => value.Code == "telecom.revenue").Value).ToList();

        Assert.True(revenues.Distinct().Count() > 50, $"Only {revenues.Distinct().Count()} distinct telecom revenues over 63 provinces.");
        Assert.True(revenues.Max() > 3 * revenues.Min(), $"Telecom revenues range only from {revenues.Min()} to {revenues.Max()}.");
    }

    [Fact]
    public void FiguresMoveByLittleFromYearToYear()
    {
        var changes = SyntheticSet.Reports.SelectMany(report => report.Indicators)
            .Select(value => value.Comparisons.Change?.Amount).OfType<decimal>().ToList();

        Assert.All(changes, change => Assert.InRange(change, -15m, 25m));
    }
}
