namespace NamDinh.Graph.Domain.Editing;

/// <summary>Revisions of a report, newest first, and whether older ones follow.</summary>
public sealed record RevisionPage(IReadOnlyList<Revision> Revisions, bool HasOlder);
