using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Findings;

/// <summary>
/// What the numbers say against the text: the kind of disagreement, the figure or ranking it concerns
/// (<paramref name="Subject"/>: an indicator code or a ranking index), a message naming the figures, the
/// figures themselves, and the sentence it concerns. <paramref name="Id"/> is stable while the disagreement lasts.
/// Findings are kept beside the data and never used to rewrite it.
/// </summary>
public sealed record Finding(
    string Id,
    FindingKind Kind,
    string Subject,
    string Message,
    IReadOnlyList<NamedFigure> Figures,
    SourceReference? Source);

/// <summary>A number a finding rests on, by name ("stated rate", "N", "M", "computed rate").</summary>
public sealed record NamedFigure(string Name, decimal Value);
