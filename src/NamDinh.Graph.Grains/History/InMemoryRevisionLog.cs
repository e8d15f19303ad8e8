using System.Collections.Concurrent;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Grains.History;

/// <summary>The revision log of the in-memory storage mode: gone when the process stops, like the reports.</summary>
public sealed class InMemoryRevisionLog : IRevisionLog
{
    private readonly ConcurrentDictionary<ReportKey, SortedList<long, Revision>> _logs = new();

    public Task AppendAsync(ReportKey key, Revision revision)
    {
        var log = _logs.GetOrAdd(key, _ => new SortedList<long, Revision>());
        lock (log)
            log[revision.Version] = revision;
        return Task.CompletedTask;
    }

    public Task<RevisionPage> ReadAsync(ReportKey key, long latestVersion, long? beforeVersion, int count)
    {
        if (!_logs.TryGetValue(key, out var log))
            return Task.FromResult(new RevisionPage([], false));
        lock (log)
        {
            var newestFirst = log.Values
                .Where(revision => revision.Version <= latestVersion && (beforeVersion is null || revision.Version < beforeVersion))
                .Reverse()
                .ToList();
            return Task.FromResult(new RevisionPage(newestFirst.Take(count).ToList(), newestFirst.Count > count));
        }
    }
}
