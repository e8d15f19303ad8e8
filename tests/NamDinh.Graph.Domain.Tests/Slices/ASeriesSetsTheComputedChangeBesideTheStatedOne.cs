using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// A province's indicator over the years: each year's change on the year before is computed from the two stored
/// figures and set beside the change the report states, with whether they agree; there is nothing to compare where
/// the year before is missing or covers other months.
/// </summary>
public sealed class ASeriesSetsTheComputedChangeBesideTheStatedOne
{
    private static readonly ILookup<(string Province, string Code), ProvinceFigure> ByProvinceAndCode =
        SyntheticSlices.Figures.ToLookup(figure => (figure.Report.ProvinceCode, figure.Figure.Code));

    /// <summary>The figures of a province's indicator per year, as the sector-year aggregates hold them.</summary>
    private static Dictionary<int, ProvinceFigure?> FiguresOf(string provinceCode, string code)
    {
        var figures = ByProvinceAndCode[(provinceCode, code)].ToDictionary(figure => figure.Report.Year);
        return SyntheticSet.Generator.Years.ToDictionary(year => year, year => figures.GetValueOrDefault(year));
    }

    [Fact]
    public void TheComputedChangeIsTheChangeOnTheYearBefore()
    {
        var figures = FiguresOf("36", "postal.revenue");

        var series = SeriesPoint.Series(figures);

        Assert.Equal(SyntheticSet.Generator.Years, series.Select(point => point.Year));
        foreach (var point in series.Skip(1))
        {
            var (later, earlier) = (figures[point.Year]!.Figure, figures[point.Year - 1]!.Figure);
            Assert.Same(figures[point.Year], point.Figure);
            Assert.Equal(point.Year - 1, point.ComputedChange!.FromYear);
            Assert.Equal((later.BaseValue - earlier.BaseValue) / earlier.BaseValue * 100, point.ComputedChange.Percent);
            Assert.Equal(later.Value - earlier.Value, point.ComputedChange.Absolute);
            Assert.Equal(later.Comparisons.Change, point.StatedChange);
            Assert.True(point.StatedChangeAgrees);
        }
    }

    [Fact]
    public void EveryStatedChangeOfTheSyntheticSetAgrees()
    {
        var compared = 0;
        foreach (var province in ProvinceDirectory.Default.All)
            foreach (var definition in SyntheticSlices.Catalog.Indicators)
                foreach (var point in SeriesPoint.Series(FiguresOf(province.Code, definition.Code)).Where(point => point.Year > SyntheticSet.Generator.FirstYear && point.StatedChange is not null))
                {
                    Assert.True(point.StatedChangeAgrees, $"{province.Code} {definition.Code} {point.Year}: stated {point.StatedChange!.Amount}, computed {point.ComputedChange?.Percent}.");
                    compared++;
                }
        Assert.True(compared > 1000, $"Only {compared} stated changes were compared.");
    }

    [Fact]
    public void TheFirstYearHasNothingToCompareWith()
    {
        var first = SeriesPoint.Series(FiguresOf("36", "postal.revenue"))[0];

        Assert.NotNull(first.StatedChange);
        Assert.Null(first.ComputedChange);
        Assert.Null(first.StatedChangeAgrees);
    }

    [Fact]
    public void AYearWithoutAReportLeavesTheNextWithoutAChange()
    {
        var figures = FiguresOf("36", "postal.revenue");
        figures.Remove(2021);

        var point = SeriesPoint.Series(figures).Single(point => point.Year == 2022);

        Assert.NotNull(point.StatedChange);
        AssertNothingCompared(point);
    }

    [Fact]
    public void AYearWhoseReportStatesNoFigureLeavesTheNextWithoutAChange()
    {
        var figures = FiguresOf("36", "postal.revenue");
        figures[2021] = null;

        var series = SeriesPoint.Series(figures);

        Assert.Null(series[2].Figure);
        Assert.Null(series[2].StatedChange);
        AssertNothingCompared(series[2]);
        AssertNothingCompared(series[3]);
    }

    [Fact]
    public void FiguresOfOtherMonthsAreNotCompared()
    {
        var figures = FiguresOf("36", "postal.revenue");
        figures[2022] = figures[2022]! with { Figure = figures[2022]!.Figure with { Period = new ReportPeriod(2022, 1, 10) } };

        var series = SeriesPoint.Series(figures);

        AssertNothingCompared(series[3]);
        AssertNothingCompared(series[4]);
        Assert.True(series[2].StatedChangeAgrees);
    }

    [Fact]
    public void AStatedChangeMadeWrongDisagrees()
    {
        var figures = FiguresOf("36", "postal.revenue");
        var stated = figures[2022]!.Figure.Comparisons.Change!;
        figures[2022] = figures[2022]! with
        {
            Figure = figures[2022]!.Figure with { Comparisons = figures[2022]!.Figure.Comparisons with { Change = stated with { Amount = stated.Amount + 0.2m } } },
        };

        var point = SeriesPoint.Series(figures).Single(point => point.Year == 2022);

        Assert.False(point.StatedChangeAgrees);
    }

    private static void AssertNothingCompared(SeriesPoint point)
    {
        Assert.Null(point.ComputedChange);
        Assert.Null(point.StatedChangeAgrees);
    }
}
