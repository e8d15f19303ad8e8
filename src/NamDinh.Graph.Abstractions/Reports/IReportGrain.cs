using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using Orleans.Concurrency;

namespace NamDinh.Graph.Abstractions.Reports;

/// <summary>
/// One province's report for one year, keyed by <see cref="ReportKey.ToString"/> ("36-2021").
/// A grain whose report was never written answers null.
/// </summary>
/// <remarks>
/// Reports are immutable values (a change makes a new one), handed out as they are held: a read in the same silo
/// copies nothing (<see cref="Serialization.DomainSerialization"/>).
/// </remarks>
[Alias("ndg.ReportGrain")]
public interface IReportGrain : IGrainWithStringKey
{
    /// <summary>The report as last stored; null when none was.</summary>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<Report?> GetAsync();

    /// <summary>
    /// Stores <paramref name="report"/>, as version 1, if this grain holds no report yet and answers whether it did.
    /// A report already there, changed by users or not, is left as it is: seeding is idempotent. Either way the report
    /// is registered with the catalog, which mends a catalog that missed it. A report of another key is refused.
    /// </summary>
    [Alias("SeedAsync")]
    Task<bool> SeedAsync(Report report);

    /// <summary>
    /// Applies a change, or refuses it with a reason; an applied change is acknowledged only once the report and
    /// its revision are stored, and the nodes and the aggregates have been told, each within a short patience (one
    /// that misses it is told again later). The same change sent again under its idempotency key, while the key is
    /// kept, gets the first answer. Concurrent edits of one report run one at a time, so none is lost.
    /// </summary>
    [Alias("EditAsync")]
    Task<EditResult> EditAsync(EditRequest request);

    /// <summary>At most <paramref name="count"/> revisions, newest first, older than <paramref name="beforeVersion"/> when given.</summary>
    [ReadOnly]
    [Alias("GetHistoryAsync")]
    Task<RevisionPage> GetHistoryAsync(long? beforeVersion, int count);

    /// <summary>
    /// The report as it stood at <paramref name="at"/>, or at <paramref name="version"/>; null when it did not
    /// exist then (or a version it has not reached). Given both, the earlier of the two.
    /// </summary>
    [ReadOnly]
    [Alias("GetAsOfAsync")]
    Task<Report?> GetAsOfAsync(DateTimeOffset? at, long? version);

    /// <summary>
    /// Sends the report's parts to the aggregates across provinces, and its latest version to the catalog, again.
    /// Harmless (they keep the latest version of each province's part), and mends an aggregate that missed a change
    /// or predates the report. Answers once they took it in, or after a short patience, never with their failure:
    /// the grain then keeps sending until they do.
    /// </summary>
    [Alias("RefreshAggregatesAsync")]
    Task RefreshAggregatesAsync();
}
