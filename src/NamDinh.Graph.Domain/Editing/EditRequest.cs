namespace NamDinh.Graph.Domain.Editing;

/// <summary>
/// A change as a user asks for it: the edit, the version the user last saw (null applies it to the latest),
/// who asks and why, and whether only to say what would change.
/// </summary>
public sealed record EditRequest(ReportEdit Edit, long? ExpectedVersion, string By, string? Reason, bool DryRun = false);
