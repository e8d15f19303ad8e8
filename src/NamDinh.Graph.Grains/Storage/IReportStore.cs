using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Grains.Storage;

/// <summary>
/// Where each report is kept with its revisions. A change is stored whole in one storage round trip: the report and
/// the revision that made it, or neither. Revisions are rows of their own, so no report outgrows its row however
/// often it changes.
/// </summary>
public interface IReportStore
{
    /// <summary>The stored report and the tag of its stored form, or null when none was ever stored.</summary>
    Task<StoredReport?> ReadAsync(ReportKey key);

    /// <summary>
    /// Stores <paramref name="report"/> and <paramref name="revision"/> together, with the <paramref name="answer"/> to
    /// keep for the change's idempotency key when it has one, if the stored report is still the one tagged
    /// <paramref name="expected"/> (none stored, when null); otherwise throws and stores nothing. Answers the new tag.
    /// </summary>
    Task<string> WriteAsync(ReportKey key, Report report, Revision revision, string? expected, KeptAnswer? answer = null);

    /// <summary>The answer kept for a change made under <paramref name="idempotencyKey"/>, or null when none is kept.</summary>
    Task<KeptAnswer?> ReadAnswerAsync(ReportKey key, string idempotencyKey);

    /// <summary>
    /// Up to <paramref name="count"/> revisions of versions below <paramref name="beforeVersion"/> (all when null)
    /// and at most <paramref name="latestVersion"/>, newest first.
    /// </summary>
    Task<RevisionPage> ReadRevisionsAsync(ReportKey key, long latestVersion, long? beforeVersion, int count);

    /// <summary>Completes when storage answers; throws <see cref="Abstractions.Storage.StorageUnavailableException"/> when it does not.</summary>
    Task CheckReachableAsync(CancellationToken cancellation);
}

/// <summary>A report as stored, with the tag a write must name to replace it.</summary>
public sealed record StoredReport(Report Report, string Tag);

/// <summary>The stored report is no longer the one a write was made against: another writer got there first.</summary>
public sealed class StoredReportChangedException(ReportKey key)
    : Exception($"Report {key} was changed in storage by another writer; nothing was stored.");
