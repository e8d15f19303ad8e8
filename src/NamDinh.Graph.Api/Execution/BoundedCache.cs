using Microsoft.Extensions.Caching.Memory;

namespace NamDinh.Graph.Api.Execution;

/// <summary>
/// A cache that holds at most a number of entries and a budget of their sizes, so that clients sending many large
/// things to remember cannot fill the memory with them; when full, the least recently used quarter goes before the new
/// entry comes in. The entries are held in a <see cref="MemoryCache"/> of its own, whose size limit is the budget; it has
/// one size only, so the number of entries is checked here.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int mostEntries, long sizeBudget, Func<TKey, TValue, long> sizeOf, TimeSpan? keptFor = null) : IDisposable
    where TKey : notnull
{
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = sizeBudget, TrackStatistics = true });
    private readonly Lock _evicting = new();

    /// <summary>The sizes of the entries held, added up.</summary>
    public long Size => _entries.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public int Count => _entries.Count;

    public bool TryGet(TKey key, out TValue value) => _entries.TryGetValue(key, out value!);

    /// <summary>Keeps the value, for <c>keptFor</c> if given, unless the cache holds nothing or the value alone is over the budget.</summary>
    public void Add(TKey key, TValue value) => Add(key, value, keptFor);

    /// <summary>Keeps the value for <paramref name="keptForThis"/> (for ever when null), unless the cache holds nothing or the value alone is over the budget.</summary>
    public void Add(TKey key, TValue value, TimeSpan? keptForThis)
    {
        var size = sizeOf(key, value);
        if (mostEntries <= 0 || size > sizeBudget)
            return;
        if (IsFull(size))
            EvictLeastRecentlyUsed(size);
        _entries.Set(key, value, new MemoryCacheEntryOptions { Size = size, AbsoluteExpirationRelativeToNow = keptForThis });
    }

    public void Remove(TKey key) => _entries.Remove(key);

    /// <summary>Forgets every entry.</summary>
    public void Clear() => _entries.Clear();

    public void Dispose() => _entries.Dispose();

    private bool IsFull(long adding) => _entries.Count >= mostEntries || Size + adding > sizeBudget;

    private void EvictLeastRecentlyUsed(long adding)
    {
        lock (_evicting)
        {
            // Compacting by a fraction of the count rounds down: a quarter, and at least one.
            var count = _entries.Count;
            if (IsFull(adding) && count > 0)
                _entries.Compact((Math.Max(1, count / 4) + 0.5) / count);
        }
    }
}
