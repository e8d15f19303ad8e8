using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>A change "on the same period" compares a figure with the year before its own; any other year is a finding.</summary>
public sealed class AYearOnYearChangeComparesWithTheYearBefore
{
    private static IReadOnlyList<Finding> YearFindings(int figureYear, int comparedToYear) =>
        FindingsEngine.Inspect(Synthetic.WithFigures(Synthetic.Figure("printing.revenue", 180m, "VND",
                new StatedComparisons(Change: new StatedChange(14m, ChangeUnit.Percent, comparedToYear)), multiplier: 1_000_000_000m, year: figureYear)))
            .Where(finding => finding.Kind == FindingKind.ComparisonWithOtherThanPreviousYear)
            .ToList();

    [Fact]
    public void TheYearBeforeIsNotFound() =>
        Assert.Empty(YearFindings(2022, 2021));

    [Theory]
    [InlineData(2022)]
    [InlineData(2020)]
    [InlineData(2023)]
    public void AnyOtherYearIsFound(int comparedToYear)
    {
        var finding = Assert.Single(YearFindings(2022, comparedToYear));

        Assert.Equal([new("figure year", 2022m), new("compared with year", (decimal)comparedToYear)], finding.Figures);
    }

    [Fact]
    public void TheYearBeforeIsTheFiguresNotTheReports() =>
        // The 2022 report may give a 2021 figure; its change then compares with 2020.
        Assert.Empty(YearFindings(2021, 2020));
}
