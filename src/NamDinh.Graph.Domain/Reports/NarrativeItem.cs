using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Reports;

/// <summary>
/// A task done, a shortcoming, a cause, a proposal, a priority or a remark: one bullet or paragraph of the
/// report, its Vietnamese text word for word, the sector it belongs to and its place in its section.
/// </summary>
public sealed record NarrativeItem(
    string Id,
    Sector Sector,
    string Section,
    int Position,
    LocalizedText Text);
