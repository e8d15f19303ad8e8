using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Changes;

/// <summary>
/// The changes after some cursors, oldest first (by time, then report, then version), reading only what the answer
/// needs: reports wait in one queue by the earliest their next change can sort (<see cref="ReportMark"/>), and a
/// report's history is read, a page at a time, only when it comes to the head. So a question for one change reads
/// one report, and reports with nothing new are not read at all.
/// </summary>
internal static class ChangesInOrder
{
    public const int PageSize = 100;

    /// <summary>Versions below <c>before</c>, at most <c>count</c>, newest first.</summary>
    public delegate Task<RevisionPage> HistoryReader(ReportKey key, long before, int count);

    public static async Task<IReadOnlyList<ReportChange>> ReadAsync(
        IEnumerable<ReportMark> marks, IReadOnlyDictionary<ReportKey, long> after, ChangeFilter filter, int count, HistoryReader history)
    {
        var queue = new PriorityQueue<Next, (DateTimeOffset At, ReportKey Key, long Version)>();
        foreach (var mark in marks.Where(mark => filter.Covers(mark.Key)))
        {
            var seen = after.GetValueOrDefault(mark.Key);
            if (mark.NextChangeNotBefore(seen) is { } notBefore)
                queue.Enqueue(new Unread(mark.Key, seen), (notBefore, mark.Key, seen + 1));
        }
        var answer = new List<ReportChange>();
        while (answer.Count < count && queue.TryDequeue(out var next, out var order))
        {
            if (next is Read { Change: var change })
            {
                if (filter.Covers(change))
                    answer.Add(change);
                continue;
            }
            // Reports the catalog knows nothing of all lead the queue; they are read together, so they cost one wait, not one each.
            List<Unread> unread = [(Unread)next];
            while (order.At == DateTimeOffset.MinValue && queue.TryPeek(out var following, out var then) && following is Unread && then.At == DateTimeOffset.MinValue)
                unread.Add((Unread)queue.Dequeue());
            foreach (var (key, revisions) in await Task.WhenAll(unread.Select(async report => (report.Key, await ReadAfterAsync(report, history)))))
                Enqueue(queue, key, revisions);
        }
        return answer;
    }

    private static async Task<IReadOnlyList<Revision>> ReadAfterAsync(Unread report, HistoryReader history)
    {
        var page = await history(report.Key, report.Seen + PageSize + 1, PageSize);
        return [.. page.Revisions.Where(revision => revision.Version > report.Seen).OrderBy(revision => revision.Version)];
    }

    private static void Enqueue(PriorityQueue<Next, (DateTimeOffset, ReportKey, long)> queue, ReportKey key, IReadOnlyList<Revision> revisions)
    {
        foreach (var revision in revisions)
            queue.Enqueue(new Read(new ReportChange(key, revision)), (revision.At, key, revision.Version));
        // A full page may have more after it, made no earlier than its last (a report's versions are made in order).
        if (revisions.Count == PageSize && revisions[^1] is var last)
            queue.Enqueue(new Unread(key, last.Version), (last.At, key, last.Version + 1));
    }

    private abstract record Next;

    private sealed record Unread(ReportKey Key, long Seen) : Next;

    private sealed record Read(ReportChange Change) : Next;
}
