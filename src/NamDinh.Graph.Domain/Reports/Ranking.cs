using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Reports;

/// <summary>
/// A place in a national index, "xếp thứ 11/63": the province's position among <paramref name="Total"/>.
/// <paramref name="EditionYear"/> is the year of the index edition when the report names it, else null;
/// <paramref name="Source"/> is null for a ranking set without a source sentence.
/// </summary>
public sealed record Ranking(
    string Index,
    LocalizedText Name,
    int Position,
    int Total,
    int? EditionYear,
    SourceReference? Source);
