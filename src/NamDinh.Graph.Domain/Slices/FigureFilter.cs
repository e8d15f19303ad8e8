using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Slices;

/// <summary>
/// Which figures a slice takes: of some provinces (by code), of years <see cref="FromYear"/>–<see cref="ToYear"/>,
/// of a sector, of some indicator codes, of a status. A part left null takes everything.
/// </summary>
public sealed record FigureFilter(
    IReadOnlySet<string>? ProvinceCodes = null,
    int? FromYear = null,
    int? ToYear = null,
    Sector? Sector = null,
    IReadOnlySet<string>? Codes = null,
    ValueStatus? Status = null)
{
    public static readonly FigureFilter All = new();

    public bool CoversYear(int year) => (FromYear is null || year >= FromYear) && (ToYear is null || year <= ToYear);

    /// <summary>Whether the sector-year aggregates of <paramref name="sector"/> can hold a figure this filter takes.</summary>
    public bool CoversSector(Sector sector, IndicatorCatalog catalog) =>
        (Sector is null || Sector == sector)
        && (Codes is null || Codes.Any(code => catalog.Find(code)?.Sector == sector));

    public bool Covers(ProvinceFigure figure) =>
        (ProvinceCodes is null || ProvinceCodes.Contains(figure.Report.ProvinceCode))
        && CoversYear(figure.Report.Year)
        && (Codes is null || Codes.Contains(figure.Figure.Code))
        && (Sector is null || IndicatorCatalog.Default.Find(figure.Figure.Code)?.Sector == Sector)
        && (Status is null || figure.Figure.Status == Status);
}
