using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Reports;

/// <summary>
/// Section 5, the proposals to the ministry. A report may make none and say so in its own words
/// ("Không có đề xuất giải pháp."): then <see cref="Items"/> is empty and <see cref="Statement"/> holds those words.
/// </summary>
public sealed record Proposals(IReadOnlyList<NarrativeItem> Items, LocalizedText? Statement)
{
    public bool NoneProposed => Items.Count == 0;
}
