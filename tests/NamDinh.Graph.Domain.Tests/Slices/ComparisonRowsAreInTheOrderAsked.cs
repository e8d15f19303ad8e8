using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// Provinces side by side: one row per province in the order asked, each holding its figure of each indicator in the
/// order asked, and null where the province states none.
/// </summary>
public sealed class ComparisonRowsAreInTheOrderAsked
{
    private const int Year = 2022;
    private static readonly string[] Codes = ["press.news-items", "postal.revenue", "egov.online-dossiers"];

    [Fact]
    public void RowsAndFiguresComeInTheOrderAsked()
    {
        string[] provinces = ["79", "01", "36"];

        var rows = ComparisonRow.Of(provinces, Year, Codes, SyntheticSlices.Figures);

        Assert.Equal(provinces, rows.Select(row => row.ProvinceCode));
        Assert.All(rows, row =>
        {
            Assert.Equal(new ReportKey(row.ProvinceCode, Year), row.Report);
            var report = SyntheticSet.ByKey[row.Report];
            Assert.Equal(Codes.Select(code => SyntheticSlices.FigureOf(report, report.Indicators.Single(value => value.Code == code))), row.Figures);
        });
    }

    [Fact]
    public void AFigureAProvinceDoesNotStateIsNull()
    {
        var figures = SyntheticSlices.Figures.Where(figure => !(figure.Report == new ReportKey("01", Year) && figure.Figure.Code == "egov.online-dossiers"));

        var rows = ComparisonRow.Of(["36", "01"], Year, Codes, figures);

        Assert.All(rows[0].Figures, figure => Assert.NotNull(figure));
        Assert.NotNull(rows[1].Figures[0]);
        Assert.NotNull(rows[1].Figures[1]);
        Assert.Null(rows[1].Figures[2]);
    }

    [Fact]
    public void AProvinceOrCodeWithNoFiguresGivesNulls()
    {
        var rows = ComparisonRow.Of(["00", "36"], Year, ["no.such-code", "postal.revenue"], SyntheticSlices.Figures);

        Assert.Equal(2, rows[0].Figures.Count);
        Assert.All(rows[0].Figures, figure => Assert.Null(figure));
        Assert.Null(rows[1].Figures[0]);
        Assert.Equal(("36", Year, "postal.revenue"), (rows[1].Figures[1]!.Report.ProvinceCode, rows[1].Figures[1]!.Report.Year, rows[1].Figures[1]!.Figure.Code));
    }

    [Fact]
    public void OnlyFiguresOfTheYearAskedAreCompared()
    {
        var rows = ComparisonRow.Of(["36"], 2019, ["postal.revenue"], SyntheticSlices.Figures.Where(figure => figure.Report.Year != 2019));

        Assert.Null(Assert.Single(Assert.Single(rows).Figures));
    }
}
