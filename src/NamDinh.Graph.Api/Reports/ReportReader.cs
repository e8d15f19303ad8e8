using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Api.Loading;
using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Reports;

/// <summary>Reads reports' pasts and changes from their grains for the schema's resolvers; current reports are read through <see cref="GrainLoaders"/>. What it reads is not recorded for ETags (<see cref="WhatWasRead"/>).</summary>
public sealed class ReportReader(IGrainFactory grains)
{
    private const int HistoryPageSize = 100;

    /// <summary>The report as it stood at a moment or a version; null when it did not exist then.</summary>
    public Task<Report?> FindAsOfAsync(ReportKey key, DateTimeOffset? at, long? version)
    {
        WhatWasRead.Current?.NotRecorded();
        return grains.GetReportGrain(key).GetAsOfAsync(at, version);
    }

    /// <summary>
    /// The stored changes after the given cursors, oldest first, of the reports <paramref name="filter"/> covers:
    /// what a partner missed. A report with no cursor is read from its first change.
    /// </summary>
    public async Task<IReadOnlyList<ReportChange>> ChangesAsync(IReadOnlyDictionary<ReportKey, long> after, ChangeFilter filter, int count)
    {
        WhatWasRead.Current?.NotRecorded();
        var marks = await grains.GetReportCatalog().ListMarksAsync();
        return await ChangesInOrder.ReadAsync(marks, after, filter, count, (key, before, size) => HistoryAsync(key, before, size));
    }

    /// <summary>A report's revisions below <paramref name="before"/> (all when null), newest first, read page by page as they are asked for.</summary>
    public async IAsyncEnumerable<Revision> RevisionsNewestFirstAsync(ReportKey key, long? before)
    {
        while (true)
        {
            var page = await HistoryAsync(key, before, HistoryPageSize);
            foreach (var revision in page.Revisions)
                yield return revision;
            if (!page.HasOlder || page.Revisions.Count == 0)
                yield break;
            before = page.Revisions[^1].Version;
        }
    }

    public Task<RevisionPage> HistoryAsync(ReportKey key, long? beforeVersion, int count)
    {
        WhatWasRead.Current?.NotRecorded();
        return grains.GetReportGrain(key).GetHistoryAsync(beforeVersion, count);
    }
}
