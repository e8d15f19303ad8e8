using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Slices;

/// <summary>One province in a comparison: its figure of each indicator compared, in the order asked, null where it states none.</summary>
public sealed record ComparisonRow(string ProvinceCode, int Year, IReadOnlyList<ProvinceFigure?> Figures)
{
    /// <summary>The rows of <paramref name="provinceCodes"/>, in the order asked, from the figures the sector-year aggregates hold.</summary>
    public static IReadOnlyList<ComparisonRow> Of(IReadOnlyList<string> provinceCodes, int year, IReadOnlyList<string> codes, IEnumerable<ProvinceFigure> figures)
    {
        var byProvinceAndCode = figures
            .Where(figure => figure.Report.Year == year)
            .ToDictionary(figure => (figure.Report.ProvinceCode, figure.Figure.Code));
        return [.. provinceCodes.Select(province => new ComparisonRow(province, year,
            [.. codes.Select(code => byProvinceAndCode.GetValueOrDefault((province, code)))]))];
    }

    public ReportKey Report => new(ProvinceCode, Year);
}
