namespace NamDinh.Graph.Domain.Editing;

/// <summary>
/// An accepted change of a report: the version it made, when, by whom, why, the operation, and what it
/// changed. Version 1 is the report's creation (seeded or created) and changes nothing before it.
/// </summary>
public sealed record Revision(
    long Version,
    DateTimeOffset At,
    string By,
    string? Reason,
    string Operation,
    IReadOnlyList<RevisionEntry> Entries);
