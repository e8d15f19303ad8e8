using System.Collections.Concurrent;
using GraphQLParser.AST;
using NamDinh.Graph.Api.Limits;

namespace NamDinh.Graph.Api.Transport;

/// <summary>
/// Documents already parsed, measured and found valid against the schema, by their text and the operation run, so that
/// a document asked again (dashboards ask the same few) skips all of that. The operation is part of the key because
/// validation looks at the operation run; the schema is not, as it is built once per process. Only a document whose
/// request ran is added: one refused for any reason is checked in full every time.
/// It holds at most <see cref="RequestLimits.CachedDocuments"/> documents and <see cref="CharacterBudget"/> characters of
/// them (their parsed form is a few times larger), and no document longer than <see cref="LongestKept"/>, so that clients
/// sending many large valid documents cannot fill the memory with them; when full, the least recently used quarter goes.
/// </summary>
public sealed class DocumentCache(RequestLimits limits)
{
    private sealed class Entry(ValidatedDocument document)
    {
        public readonly ValidatedDocument Document = document;
        public long LastUsed;
    }

    public const int CharacterBudget = 2_000_000;
    public const int LongestKept = CharacterBudget / 100;

    private readonly ConcurrentDictionary<(string Query, string Operation), Entry> _documents = new();
    private readonly Lock _evicting = new();
    private long _clock;
    private long _characters;

    /// <summary>The characters of the documents held.</summary>
    public long Characters => Interlocked.Read(ref _characters);

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
        if (limits.CachedDocuments <= 0 || query.Length > LongestKept)
            return;
        if (IsFull(query.Length))
            EvictLeastRecentlyUsed(query.Length);
        if (_documents.TryAdd((query, operationName ?? ""), new Entry(new ValidatedDocument(document, operationName)) { LastUsed = Interlocked.Increment(ref _clock) }))
            Interlocked.Add(ref _characters, query.Length);
    }

    private bool IsFull(int adding) => _documents.Count >= limits.CachedDocuments || Characters + adding > CharacterBudget;

    private void EvictLeastRecentlyUsed(int adding)
    {
        lock (_evicting)
        {
            if (!IsFull(adding))
                return;
            var oldest = _documents
                .OrderBy(each => Volatile.Read(ref each.Value.LastUsed))
                .Take(Math.Max(1, _documents.Count / 4))
                .Select(each => each.Key)
                .ToList();
            foreach (var key in oldest)
                if (_documents.TryRemove(key, out _))
                    Interlocked.Add(ref _characters, -key.Query.Length);
        }
    }
}
