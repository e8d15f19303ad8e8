using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Grains.Reports;

/// <summary>What a report grain stores: the report, or nothing before the report is written.</summary>
public sealed class ReportState
{
    public Report? Report { get; set; }
}
