using System.Globalization;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// The change computed between two figures is of the same months of two years, in percent of the earlier one (none
/// on zero) and in the later figure's multiplier; a stated change agrees with it when it is that change rounded to
/// the digits it is written with.
/// </summary>
public sealed class AComputedChangeComparesTheSameMonths
{
    private static IndicatorValue Figure(decimal value, ReportPeriod period, decimal multiplier = 1m, string code = "inspection.petitions") =>
        Synthetic.Figure(code, value, "petition", multiplier: multiplier) with { Period = period };

    [Fact]
    public void TenMonthsAndAWholeYearGiveNoChange()
    {
        Assert.Null(ComputedChange.Between(Figure(10m, new ReportPeriod(2022, 1, 10)), Figure(12m, ReportPeriod.WholeYear(2021))));
        Assert.Null(ComputedChange.Between(Figure(10m, ReportPeriod.WholeYear(2022)), Figure(12m, new ReportPeriod(2021, 1, 10))));
        Assert.Null(ComputedChange.Between(Figure(10m, new ReportPeriod(2022, 2, 10)), Figure(12m, new ReportPeriod(2021, 1, 10))));
    }

    [Fact]
    public void TheSameMonthsOfTwoYearsGiveTheChange()
    {
        var change = ComputedChange.Between(Figure(10m, new ReportPeriod(2022, 1, 10)), Figure(8m, new ReportPeriod(2021, 1, 10)));

        Assert.Equal(new ComputedChange(2021, 25m, 2m), change);
    }

    [Fact]
    public void TwoIndicatorsGiveNoChange() =>
        Assert.Null(ComputedChange.Between(Figure(10m, ReportPeriod.WholeYear(2022)), Figure(8m, ReportPeriod.WholeYear(2021), code: "inspection.denunciations")));

    [Fact]
    public void TheAbsoluteChangeIsInTheLaterFiguresMultiplier()
    {
        var change = ComputedChange.Between(Figure(1.2m, ReportPeriod.WholeYear(2022), 1_000_000_000m), Figure(900m, ReportPeriod.WholeYear(2021), 1_000_000m))!;

        Assert.Equal((0.3m, 33.3333333333m), (change.Absolute, Math.Round(change.Percent!.Value, 10)));
    }

    [Fact]
    public void AChangeOnZeroHasNoPercent()
    {
        var change = ComputedChange.Between(Figure(5m, ReportPeriod.WholeYear(2022)), Figure(0m, ReportPeriod.WholeYear(2021)))!;

        Assert.Null(change.Percent);
        Assert.Equal(5m, change.Absolute);
        Assert.Null(change.Agrees(new StatedChange(100m, ChangeUnit.Percent, 2021)));
        Assert.True(change.Agrees(new StatedChange(5m, ChangeUnit.Absolute, 2021)));
    }

    [Theory]
    [InlineData("8.3", true)]
    [InlineData("8.26", true)]
    [InlineData("8", true)]
    [InlineData("8.4", false)]
    [InlineData("8.2", false)]
    [InlineData("8.30", false)]
    [InlineData("-8.3", false)]
    public void AStatedPercentAgreesAtTheDigitsItIsWrittenWith(string stated, bool agrees)
    {
        var change = ComputedChange.Between(Figure(108.26m, ReportPeriod.WholeYear(2022)), Figure(100m, ReportPeriod.WholeYear(2021)))!;

        Assert.Equal(agrees, change.Agrees(new StatedChange(decimal.Parse(stated, CultureInfo.InvariantCulture), ChangeUnit.Percent, 2021)));
    }

    [Fact]
    public void AChangeStatedOnAnotherYearCannotBeCompared()
    {
        var change = ComputedChange.Between(Figure(108.26m, ReportPeriod.WholeYear(2022)), Figure(100m, ReportPeriod.WholeYear(2021)))!;

        Assert.Null(change.Agrees(new StatedChange(8.3m, ChangeUnit.Percent, 2020)));
    }
}
