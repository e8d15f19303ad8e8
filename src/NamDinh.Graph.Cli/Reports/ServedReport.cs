using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Cli.Reports;

/// <summary>A report as the server holds it, with the name of its province ("Hà Nam") for messages.</summary>
public sealed record ServedReport(Report Report, string ProvinceName)
{
    /// <summary>"Hà Nam (35) 2021".</summary>
    public string Title => $"{ProvinceName} ({Report.Key.ProvinceCode}) {Report.Key.Year}";
}
