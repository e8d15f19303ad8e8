using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Grains.History;

/// <summary>
/// Where the revisions of each report are kept: rows of their own, outside the report grain's state, so no
/// report outgrows its row however often it changes. Appending a version that is already there replaces it
/// (a revision written before its report's write failed is overwritten by the next attempt).
/// </summary>
public interface IRevisionLog
{
    Task AppendAsync(ReportKey key, Revision revision);

    /// <summary>
    /// Up to <paramref name="count"/> revisions of versions below <paramref name="beforeVersion"/> (all when null)
    /// and at most <paramref name="latestVersion"/>, newest first.
    /// </summary>
    Task<RevisionPage> ReadAsync(ReportKey key, long latestVersion, long? beforeVersion, int count);
}
