using System.Collections.Concurrent;

namespace NamDinh.Graph.Api.Execution;

/// <summary>
/// A cache that holds at most a number of entries and a budget of their sizes, so that clients sending many large
/// things to remember cannot fill the memory with them; when full, the least recently used quarter goes.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int mostEntries, long sizeBudget, Func<TKey, TValue, long> sizeOf)
    where TKey : notnull
{
    private sealed class Entry(TValue value)
    {
        public readonly TValue Value = value;
        public long LastUsed;
    }

    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
    private readonly Lock _evicting = new();
    private long _clock;
    private long _size;

    /// <summary>The sizes of the entries held, added up.</summary>
    public long Size => Interlocked.Read(ref _size);

    public int Count => _entries.Count;

    public bool TryGet(TKey key, out TValue value)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            value = default!;
            return false;
        }
        Volatile.Write(ref entry.LastUsed, Interlocked.Increment(ref _clock));
        value = entry.Value;
        return true;
    }

    /// <summary>Keeps the value unless the cache holds nothing or the value alone is over the budget.</summary>
    public void Add(TKey key, TValue value)
    {
        var size = sizeOf(key, value);
        if (mostEntries <= 0 || size > sizeBudget)
            return;
        if (IsFull(size))
            EvictLeastRecentlyUsed(size);
        if (_entries.TryAdd(key, new Entry(value) { LastUsed = Interlocked.Increment(ref _clock) }))
            Interlocked.Add(ref _size, size);
    }

    private bool IsFull(long adding) => _entries.Count >= mostEntries || Size + adding > sizeBudget;

    private void EvictLeastRecentlyUsed(long adding)
    {
        lock (_evicting)
        {
            if (!IsFull(adding))
                return;
            var oldest = _entries
                .OrderBy(each => Volatile.Read(ref each.Value.LastUsed))
                .Take(Math.Max(1, _entries.Count / 4))
                .ToList();
            foreach (var (key, entry) in oldest)
                if (_entries.TryRemove(key, out _))
                    Interlocked.Add(ref _size, -sizeOf(key, entry.Value));
        }
    }
}
