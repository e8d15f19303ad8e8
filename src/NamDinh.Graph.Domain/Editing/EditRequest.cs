namespace NamDinh.Graph.Domain.Editing;

/// <summary>
/// A change as a user asks for it: the edit, the version the user last saw (null applies it to the latest),
/// who asks and why, and whether only to say what would change. <paramref name="ConfirmImplausible"/> lets through
/// a figure that moves by orders of magnitude (<see cref="ImplausibleChanges"/>); <paramref name="IdempotencyKey"/>
/// is the client's name for this change, so that a retry of it is answered without applying it twice.
/// </summary>
public sealed record EditRequest(
    ReportEdit Edit,
    long? ExpectedVersion,
    string By,
    string? Reason,
    bool DryRun = false,
    bool ConfirmImplausible = false,
    string? IdempotencyKey = null);
