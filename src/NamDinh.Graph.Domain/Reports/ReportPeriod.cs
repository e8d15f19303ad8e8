namespace NamDinh.Graph.Domain.Reports;

/// <summary>
/// The time a figure covers: a whole year, or months of it ("10 tháng đầu năm 2021" is months 1 to 10).
/// </summary>
public sealed record ReportPeriod(int Year, int FromMonth = 1, int ToMonth = 12)
{
    public bool IsWholeYear => FromMonth == 1 && ToMonth == 12;

    public static ReportPeriod WholeYear(int year) => new(year);
}
