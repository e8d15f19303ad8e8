using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Changes;

/// <summary>
/// Which changes a partner follows: of a province, a year, a sector's figures, an indicator's — each left out to
/// follow more. Province is a statistical code.
/// </summary>
public sealed record ChangeFilter(string? ProvinceCode, int? Year, Sector? Sector, string? Code)
{
    public bool FiguresOnly => Sector is not null || Code is not null;

    public bool Covers(ReportKey key) => (ProvinceCode is null || key.ProvinceCode == ProvinceCode) && (Year is null || key.Year == Year);

    public bool Covers(IndicatorChange figure) =>
        Covers(figure.Change.Key) && (Code is null || figure.Code == Code) && (Sector is null || figure.Sector == Sector);

    /// <summary>Whether a change concerns this filter: its report, and where figures are asked for, one of them.</summary>
    public bool Covers(ReportChange change) =>
        Covers(change.Key) && (!FiguresOnly || IndicatorChange.In(change).Any(Covers));
}
