using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Reports;
using Orleans.Concurrency;

namespace NamDinh.Graph.Abstractions.Reports;

/// <summary>Which reports exist, for listing them without visiting every report grain. One per cluster.</summary>
[Alias("ndg.ReportCatalogGrain")]
public interface IReportCatalogGrain : IGrainWithIntegerKey
{
    /// <summary>The key of the one catalog grain.</summary>
    const long SingletonKey = 0;

    /// <summary>All report keys, ordered by province code then year.</summary>
    [ReadOnly]
    [Alias("ListAsync")]
    Task<IReadOnlyList<ReportKey>> ListAsync();

    /// <summary>Records that a report exists, stored before it answers; registering a key twice changes nothing.</summary>
    [Alias("RegisterAsync")]
    Task RegisterAsync(ReportKey key);

    /// <summary>Every report's mark, in the order of <see cref="ListAsync"/>; <see cref="ReportMark.Unknown"/> for a report that never sent one.</summary>
    [ReadOnly]
    [Alias("ListMarksAsync")]
    Task<IReadOnlyList<ReportMark>> ListMarksAsync();

    /// <summary>
    /// Takes in what a report tells of its changes; an older mark than the one held changes nothing. A report not yet
    /// known is registered, and stored, at once; a mark is served at once and written behind, about a second later,
    /// so a crash may lose it until the report sends it again (its next change, or the refresh at every start).
    /// </summary>
    [Alias("MarkAsync")]
    Task MarkAsync(ReportMark mark);
}
