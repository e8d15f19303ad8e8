using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>The orders the paging tests walk, each beside the plain LINQ sort it must give.</summary>
internal static class Paging
{
    public static readonly IReadOnlyDictionary<string, (FigureOrdering Ordering, Func<IEnumerable<ProvinceFigure>, IEnumerable<ProvinceFigure>> Sort)> Orders =
        new Dictionary<string, (FigureOrdering, Func<IEnumerable<ProvinceFigure>, IEnumerable<ProvinceFigure>>)>
        {
            ["default"] = (FigureOrdering.Default, figures => figures
                .OrderBy(figure => figure.Report.ProvinceCode, StringComparer.Ordinal).ThenBy(figure => figure.Report.Year).ThenBy(figure => figure.Figure.Code, StringComparer.Ordinal)),
            ["VALUE descending"] = (new([new(FigureOrderField.Value, SortDirection.Descending)]), figures => figures
                .OrderByDescending(figure => figure.Figure.BaseValue)
                .ThenBy(figure => figure.Report.ProvinceCode, StringComparer.Ordinal).ThenBy(figure => figure.Report.Year).ThenBy(figure => figure.Figure.Code, StringComparer.Ordinal)),
            ["YEAR descending, VALUE ascending"] = (new([new(FigureOrderField.Year, SortDirection.Descending), new(FigureOrderField.Value)]), figures => figures
                .OrderByDescending(figure => figure.Report.Year).ThenBy(figure => figure.Figure.BaseValue)
                .ThenBy(figure => figure.Report.ProvinceCode, StringComparer.Ordinal).ThenBy(figure => figure.Figure.Code, StringComparer.Ordinal)),
            ["CODE"] = (new([new(FigureOrderField.Code)]), figures => figures
                .OrderBy(figure => figure.Figure.Code, StringComparer.Ordinal).ThenBy(figure => figure.Report.ProvinceCode, StringComparer.Ordinal).ThenBy(figure => figure.Report.Year)),
            ["PROVINCE descending"] = (new([new(FigureOrderField.Province, SortDirection.Descending)]), figures => figures
                .OrderByDescending(figure => figure.Report.ProvinceCode, StringComparer.Ordinal).ThenBy(figure => figure.Report.Year).ThenBy(figure => figure.Figure.Code, StringComparer.Ordinal)),
        };

    /// <summary>Five provinces (among them Nam Định) over two years: 410 figures, small enough to walk a figure at a time.</summary>
    public static readonly FigureFilter FiveProvincesTwoYears = new(ProvinceCodes: new HashSet<string> { "01", "36", "79", "92", "96" }, FromYear: 2021, ToYear: 2022);

    /// <summary>The cursor a client would send for the page after <paramref name="page"/>: its endCursor, read back.</summary>
    public static FigurePosition After(FigurePage page)
    {
        Assert.True(FigurePosition.TryParseCursor(FigurePosition.Of(page.Figures[^1]).ToCursor(), out var position));
        return position;
    }
}
