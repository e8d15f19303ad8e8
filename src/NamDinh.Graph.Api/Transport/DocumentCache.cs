using System.Collections.Concurrent;
using GraphQLParser.AST;
using NamDinh.Graph.Api.Limits;

namespace NamDinh.Graph.Api.Transport;

/// <summary>
/// Documents already parsed, measured and found valid against the schema, by their text and the operation run, so that
/// a document asked again (dashboards ask the same few) skips all of that. The operation is part of the key because
/// validation looks at the operation run; the schema is not, as it is built once per process. Only a document whose
/// request ran is added: one refused for any reason is checked in full every time.
/// It holds at most <see cref="RequestLimits.CachedDocuments"/>; when full, the least recently used quarter goes.
/// </summary>
public sealed class DocumentCache(RequestLimits limits)
{
    private sealed class Entry(ValidatedDocument document)
    {
        public readonly ValidatedDocument Document = document;
        public long LastUsed;
    }

    private readonly ConcurrentDictionary<(string Query, string Operation), Entry> _documents = new();
    private readonly Lock _evicting = new();
    private long _clock;

    public int Count => _documents.Count;

    public ValidatedDocument? Find(string query, string? operationName)
    {
        if (!_documents.TryGetValue((query, operationName ?? ""), out var entry))
            return null;
        Volatile.Write(ref entry.LastUsed, Interlocked.Increment(ref _clock));
        return entry.Document;
    }

    public void Add(string query, string? operationName, GraphQLDocument document)
    {
        if (limits.CachedDocuments <= 0)
            return;
        if (_documents.Count >= limits.CachedDocuments)
            EvictLeastRecentlyUsed();
        _documents.TryAdd((query, operationName ?? ""), new Entry(new ValidatedDocument(document, operationName)) { LastUsed = Interlocked.Increment(ref _clock) });
    }

    private void EvictLeastRecentlyUsed()
    {
        lock (_evicting)
        {
            if (_documents.Count < limits.CachedDocuments)
                return;
            var oldest = _documents
                .OrderBy(each => Volatile.Read(ref each.Value.LastUsed))
                .Take(Math.Max(1, _documents.Count / 4))
                .Select(each => each.Key)
                .ToList();
            foreach (var key in oldest)
                _documents.TryRemove(key, out _);
        }
    }
}
