using System.Text.Json;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Cli.Reports;

/// <summary>
/// A report as a file in the shape of the seed files: the domain's one JSON shape (<see cref="ReportJson.Options"/>),
/// indented for people to read and diff, ending with a line break. import-report reads it back unchanged.
/// </summary>
public static class ReportJsonFile
{
    private static readonly JsonSerializerOptions Indented = new(ReportJson.Options) { WriteIndented = true };

    public static string Write(Report report) => JsonSerializer.Serialize(report, Indented) + "\n";
}
