using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Grains.Reports;

/// <summary>What the catalog grain stores: the keys of the reports that exist, and what it knows of their changes.</summary>
public sealed class ReportCatalogState
{
    public List<ReportKey> Reports { get; set; } = [];

    public List<ReportMark> Marks { get; set; } = [];
}
