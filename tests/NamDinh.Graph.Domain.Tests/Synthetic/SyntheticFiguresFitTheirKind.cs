using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

public sealed class SyntheticFiguresFitTheirKind
{
    private static IEnumerable<(Report Report, IndicatorValue Value, IndicatorDefinition Definition)> Figures =>
        SyntheticSet.Reports.SelectMany(report => report.Indicators.Select(value => (report, value, TheSeed.Catalog.Find(value.Code)!)));

    [Fact]
    public void CountsAreWholeAndNotNegative() =>
        Assert.All(Figures.Where(figure => figure.Definition.Kind == IndicatorKind.Count), figure =>
        {
            Assert.True(figure.Value.BaseValue >= 0, $"{figure.Report.Key} {figure.Value.Code} is {figure.Value.BaseValue}.");
            Assert.Equal(decimal.Truncate(figure.Value.BaseValue!.Value), figure.Value.BaseValue!.Value);
        });

    [Fact]
    public void PercentagesLieWithinZeroToAHundred() =>
        Assert.All(Figures.Where(figure => figure.Definition.Kind == IndicatorKind.Percentage),
            figure => Assert.InRange(figure.Value.Value, 0m, 100m));

    [Fact]
    public void AmountsAreBillionsOfDongAndNotNegative() =>
        Assert.All(Figures.Where(figure => figure.Definition.Kind == IndicatorKind.Amount), figure =>
        {
            Assert.Equal(1_000_000_000m, figure.Value.Multiplier);
            Assert.True(figure.Value.Value >= 0);
        });

    [Fact]
    public void UnitsAreTheCatalogs() =>
        Assert.All(Figures, figure => Assert.Equal(figure.Definition.Unit, figure.Value.Unit));
}
