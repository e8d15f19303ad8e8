using System.Collections.Concurrent;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Grains.Storage;

/// <summary>The report store of the in-memory storage mode: gone when the process stops.</summary>
public sealed class InMemoryReportStore : IReportStore
{
    private sealed class Entry
    {
        public StoredReport? Current;
        public readonly SortedList<long, Revision> Revisions = [];
        public readonly Dictionary<string, KeptAnswer> Answers = new(StringComparer.Ordinal);
    }

    private readonly ConcurrentDictionary<ReportKey, Entry> _entries = new();

    public Task CheckReachableAsync(CancellationToken cancellation) => Task.CompletedTask;

    public Task<StoredReport?> ReadAsync(ReportKey key)
    {
        if (!_entries.TryGetValue(key, out var entry))
            return Task.FromResult<StoredReport?>(null);
        lock (entry)
            return Task.FromResult(entry.Current);
    }

    public Task<string> WriteAsync(ReportKey key, Report report, Revision revision, string? expected, KeptAnswer? answer = null)
    {
        var entry = _entries.GetOrAdd(key, _ => new Entry());
        lock (entry)
        {
            if (entry.Current?.Tag != expected)
                throw new StoredReportChangedException(key);
            var tag = Guid.NewGuid().ToString("N");
            entry.Current = new StoredReport(report, tag);
            entry.Revisions[revision.Version] = revision;
            if (answer is not null)
                entry.Answers[answer.IdempotencyKey] = answer;
            return Task.FromResult(tag);
        }
    }

    public Task<KeptAnswer?> ReadAnswerAsync(ReportKey key, string idempotencyKey)
    {
        if (!_entries.TryGetValue(key, out var entry))
            return Task.FromResult<KeptAnswer?>(null);
        lock (entry)
            return Task.FromResult(entry.Answers.GetValueOrDefault(idempotencyKey));
    }

    public Task<RevisionPage> ReadRevisionsAsync(ReportKey key, long latestVersion, long? beforeVersion, int count)
    {
        if (!_entries.TryGetValue(key, out var entry))
            return Task.FromResult(new RevisionPage([], false));
        lock (entry)
        {
            var newestFirst = entry.Revisions.Values
                .Where(revision => revision.Version <= latestVersion && (beforeVersion is null || revision.Version < beforeVersion))
                .Reverse()
                .ToList();
            return Task.FromResult(new RevisionPage(newestFirst.Take(count).ToList(), newestFirst.Count > count));
        }
    }
}
