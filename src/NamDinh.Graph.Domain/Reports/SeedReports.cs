using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Domain.Reports;

/// <summary>The real reports the system starts with, read from the seed files compiled into the domain.</summary>
public static class SeedReports
{
    public static IReadOnlyList<Report> All { get; } =
        EmbeddedData.Names("seed/").Select(EmbeddedData.ReadJson<Report>).ToList();
}
