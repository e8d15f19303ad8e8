using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Validation;

namespace NamDinh.Graph.Domain.Editing;

public enum EditStatus
{
    /// <summary>The change is stored: a new version and a revision.</summary>
    Applied,
    /// <summary>The change would leave the report as it is; nothing was written.</summary>
    Unchanged,
    /// <summary>A dry run: what would change is told, nothing was written.</summary>
    DryRun,
    /// <summary>The user's expected version is not the current one; nothing was written.</summary>
    VersionConflict,
    /// <summary>The change breaks a rule; <see cref="EditResult.Problems"/> say which. Nothing was written.</summary>
    Invalid,
    /// <summary>A figure would move by orders of magnitude; <see cref="EditResult.Implausible"/> say which. Nothing was written.</summary>
    Implausible,
    /// <summary>The idempotency key named another change, made within the time keys are kept. Nothing was written.</summary>
    IdempotencyKeyReused,
    /// <summary>There is no such report to change.</summary>
    NotFound,
    /// <summary>The report to create exists already.</summary>
    AlreadyExists,
}

/// <summary>
/// What became of an edit: its status, the report after it (or as it stands, when refused), the current version,
/// what changed, the problems that refused it, and the findings it raised or cleared. <see cref="Implausible"/> are
/// the figures that refused an implausible change; <see cref="Replayed"/> is true for the answer to a retry, kept
/// from the first time the change was applied.
/// </summary>
public sealed record EditResult(
    EditStatus Status,
    Report? Report,
    long CurrentVersion,
    IReadOnlyList<RevisionEntry> Changes,
    IReadOnlyList<ValidationProblem> Problems,
    IReadOnlyList<Finding> FindingsRaised,
    IReadOnlyList<Finding> FindingsCleared,
    IReadOnlyList<ImplausibleChange>? Implausible = null,
    bool Replayed = false)
{
    public static EditResult Refused(EditStatus status, Report? report, params IReadOnlyList<ValidationProblem> problems) =>
        new(status, report, report?.Version ?? 0, [], problems, [], []);
}
