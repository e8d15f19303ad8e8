using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>A period runs forward within one year, and every year a change writes lies within <see cref="ReportKey.EarliestYear"/>–<see cref="ReportKey.LatestYear"/>.</summary>
public sealed class PeriodsAndYearsAreSane
{
    [Fact]
    public void APeriodThatEndsBeforeItStarts() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, Edits.SetFigure("inspection.petitions", figure => figure with { Period = new ReportPeriod(2021, 11, 10) })), "indicator.period");

    [Fact]
    public void AThirteenthMonth() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, Edits.SetFigure("inspection.petitions", figure => figure with { Period = new ReportPeriod(2021, 1, 13) })), "indicator.period");

    [Fact]
    public void AOneMonthPeriodIsAccepted() =>
        Assert.Equal(EditStatus.Applied, Edits.Decide(TheSeed.Report, Edits.SetFigure("inspection.petitions", figure => figure with { Period = new ReportPeriod(2021, 10, 10) })).Status);

    [Theory]
    [InlineData(ReportKey.EarliestYear - 1)]
    [InlineData(ReportKey.LatestYear + 1)]
    public void APeriodOutsideTheYearsReportsCover(int year) =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, Edits.SetFigure("postal.revenue", figure => figure with { Period = ReportPeriod.WholeYear(year) })), "indicator.period.year");

    [Theory]
    [InlineData(ReportKey.EarliestYear - 1)]
    [InlineData(ReportKey.LatestYear + 1)]
    public void AComparisonWithAYearOutsideThem(int year) =>
        Edits.AssertRefusedAt(
            Edits.Decide(TheSeed.Report, Edits.SetComparisons("telecom.revenue", comparisons => comparisons with { Change = new StatedChange(-28m, ChangeUnit.Percent, year) })),
            "indicator.comparisons.change.comparedToYear");

    [Theory]
    [InlineData(ReportKey.EarliestYear)]
    [InlineData(ReportKey.LatestYear)]
    public void TheFirstAndLastYearsAreAccepted(int year) =>
        Assert.Equal(EditStatus.Applied, Edits.Decide(TheSeed.Report, Edits.SetFigure("postal.revenue", figure => figure with { Period = ReportPeriod.WholeYear(year) })).Status);

    [Theory]
    [InlineData(ReportKey.EarliestYear - 1)]
    [InlineData(ReportKey.LatestYear + 1)]
    public void CreatingAReportOfAYearOutsideThem(int year)
    {
        var key = new ReportKey("01", year);

        Edits.AssertRefusedAt(Edits.Decide(null, new CreateReport(key, Synthetic: true), key: key), "year");
    }
}
