using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Grains.Reports;

/// <summary>What the catalog grain stores: the keys of the reports that exist.</summary>
public sealed class ReportCatalogState
{
    public List<ReportKey> Reports { get; set; } = [];
}
