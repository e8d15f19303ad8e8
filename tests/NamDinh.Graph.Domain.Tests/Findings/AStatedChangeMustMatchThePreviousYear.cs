using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// Where the previous year's report is stored, a stated change on that year must be what the two figures give,
/// in percent or in the figure's own unit, rounded to the digits the change is written with.
/// </summary>
public sealed class AStatedChangeMustMatchThePreviousYear
{
    private static IReadOnlyList<Finding> ChangeFindings(IndicatorValue now, IndicatorValue before) =>
        FindingsEngine.Inspect(Synthetic.WithFigures(now), Synthetic.WithFigures(Synthetic.PreviousYearKey, before))
            .Where(finding => finding.Kind == FindingKind.ChangeDisagreesWithPreviousYear)
            .ToList();

    private static IndicatorValue Revenue(decimal billions, StatedChange? change = null, int? year = null) =>
        Synthetic.Figure("postal.revenue", billions, "VND", new StatedComparisons(Change: change), multiplier: 1_000_000_000m, year: year);

    private static IndicatorValue Subscribers(decimal count, StatedChange? change = null, int? year = null) =>
        Synthetic.Figure("telecom.fixed-postpaid.active", count, "subscriber", new StatedComparisons(Change: change), year: year);

    [Fact]
    public void APercentChangeTheFiguresGiveIsNotFound() =>
        // 130 on 120 is +8.33 %, written 8.3.
        Assert.Empty(ChangeFindings(Revenue(130m, new StatedChange(8.3m, ChangeUnit.Percent, 2021)), Revenue(120m, year: 2021)));

    [Fact]
    public void APercentChangeTheFiguresDoNotGiveIsFound()
    {
        var finding = Assert.Single(ChangeFindings(Revenue(130m, new StatedChange(8.3m, ChangeUnit.Percent, 2021)), Revenue(125m, year: 2021)));

        Assert.Equal("ChangeDisagreesWithPreviousYear:postal.revenue", finding.Id);
        Assert.Equal([new("stated change", 8.3m), new("previous figure", 125m), new("computed change", 4m)], finding.Figures);
    }

    [Fact]
    public void AFallInPercentIsCheckedWithItsSign() =>
        Assert.Single(ChangeFindings(Revenue(1150m, new StatedChange(28m, ChangeUnit.Percent, 2021)), Revenue(1597m, year: 2021)));

    [Fact]
    public void AnAbsoluteChangeTheFiguresGiveIsNotFound() =>
        Assert.Empty(ChangeFindings(Subscribers(148000m, new StatedChange(-2000m, ChangeUnit.Absolute, 2021)), Subscribers(150000m, year: 2021)));

    [Fact]
    public void AnAbsoluteChangeTheFiguresDoNotGiveIsFound()
    {
        var finding = Assert.Single(ChangeFindings(Subscribers(148000m, new StatedChange(-2000m, ChangeUnit.Absolute, 2021)), Subscribers(151000m, year: 2021)));

        Assert.Equal([new("stated change", -2000m), new("previous figure", 151000m), new("computed change", -3000m)], finding.Figures);
    }

    [Theory]
    [InlineData(150400, false)] // -2400 is "giảm 2.000" rounded to the thousand
    [InlineData(150600, true)]  // -2600 is not
    public void ARoundAbsoluteChangeIsReadAsRoundedToItsTrailingZeros(int previous, bool found) =>
        Assert.Equal(found, ChangeFindings(Subscribers(148000m, new StatedChange(-2000m, ChangeUnit.Absolute, 2021)), Subscribers(previous, year: 2021)).Count == 1);

    [Fact]
    public void AnAbsoluteChangeIsInTheFiguresOwnMultiplier() =>
        // 130 tỷ on 120 tỷ is up 10 tỷ, whatever multiplier the previous report wrote it with.
        Assert.Empty(ChangeFindings(
            Revenue(130m, new StatedChange(10m, ChangeUnit.Absolute, 2021)),
            Synthetic.Figure("postal.revenue", 120_000m, "VND", multiplier: 1_000_000m, year: 2021)));

    [Fact]
    public void WithoutThePreviousYearsReportNothingIsCompared() =>
        Assert.DoesNotContain(FindingsEngine.Inspect(Synthetic.WithFigures(Revenue(130m, new StatedChange(50m, ChangeUnit.Percent, 2021)))),
            finding => finding.Kind == FindingKind.ChangeDisagreesWithPreviousYear);

    [Fact]
    public void WithoutTheFigureInThePreviousYearNothingIsCompared() =>
        Assert.Empty(ChangeFindings(Revenue(130m, new StatedChange(50m, ChangeUnit.Percent, 2021)), Subscribers(150000m, year: 2021)));
}
