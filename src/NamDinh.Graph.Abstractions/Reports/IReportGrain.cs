using Orleans.Concurrency;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

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
    [ReadOnly]
    [Alias("GetAsync")]
    Task<Report?> GetAsync();

    /// <summary>
    /// Stores <paramref name="report"/> if this grain holds no report yet and answers whether it did.
    /// A report already there, changed by users or not, is left as it is: seeding is idempotent.
    /// </summary>
    [Alias("SeedAsync")]
    Task<bool> SeedAsync(Report report);

    /// <summary>
    /// Applies a change, or refuses it with a reason; an applied change is acknowledged only once the report and
    /// its revision are stored. Concurrent edits of one report run one at a time, so none is lost.
    /// </summary>
    [Alias("EditAsync")]
    Task<EditResult> EditAsync(EditRequest request);

    /// <summary>Revisions newest first, older than <paramref name="beforeVersion"/> when given.</summary>
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
    /// Sends the report's parts to the aggregates across provinces again. Harmless (they keep the latest version
    /// of each province's part), and mends an aggregate that missed a change or predates the report.
    /// </summary>
    [Alias("RefreshAggregatesAsync")]
    Task RefreshAggregatesAsync();
}
