using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Editing;

namespace NamDinh.Graph.Api.Loading;

/// <summary>
/// Reads revisions by the version they made, a page of a report's history at a time: every version asked for within
/// <see cref="Size"/> versions of the newest of them comes in one read, so ids of nearby revisions cost one grain call.
/// </summary>
internal static class RevisionPages
{
    private const int Size = 100;

    /// <summary>The revisions asked for, by report and version; null for a version a report has not reached.</summary>
    public static async Task<IReadOnlyDictionary<ReportVersion, Revision?>> ReadAsync(IGrainFactory grains, IReadOnlyList<ReportVersion> keys)
    {
        var pages = keys.GroupBy(key => key.Report).SelectMany(asked => PagesOf(asked.Select(key => key.Version)).Select(page => (Report: asked.Key, page.Newest, page.Count)));
        var read = await Task.WhenAll(pages.Select(async page =>
        {
            var history = await grains.GetReportGrain(page.Report).GetHistoryAsync(page.Newest + 1, page.Count);
            return history.Revisions.Select(revision => (Key: new ReportVersion(page.Report, revision.Version), Revision: revision));
        }));
        var found = read.SelectMany(page => page).ToDictionary(entry => entry.Key, entry => entry.Revision);
        return keys.ToDictionary(key => key, key => found.GetValueOrDefault(key));
    }

    /// <summary>The newest version of each page and how many it holds: the versions asked, within <see cref="Size"/> of the page's newest.</summary>
    private static IEnumerable<(long Newest, int Count)> PagesOf(IEnumerable<long> versions)
    {
        (long Newest, long Oldest)? page = null;
        foreach (var version in versions.Distinct().OrderDescending())
        {
            if (page is { } open && open.Newest - version < Size)
            {
                page = (open.Newest, version);
                continue;
            }
            if (page is { } full)
                yield return (full.Newest, (int)(full.Newest - full.Oldest + 1));
            page = (version, version);
        }
        if (page is { } last)
            yield return (last.Newest, (int)(last.Newest - last.Oldest + 1));
    }
}
