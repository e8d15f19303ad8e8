using GraphQL.DataLoader;

namespace NamDinh.Graph.Api.Loading;

/// <summary>
/// Loads values by key for one request, each key once, in batches. Resolvers ask with <see cref="Load"/> and hand
/// back the pending result; the execution strategy resolves every other field it can first, then asks the first
/// pending result for its value, which fetches every key asked for so far in one batch. A key asked for again
/// gets the same value, fetched or still on its way.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _values = [];
    private List<TKey> _pending = [];

    /// <summary>How many batches have been fetched: one per round of fields waiting on this loader.</summary>
    public int BatchCount { get; private set; }

    /// <summary>The value of <paramref name="key"/> (default where the fetch found none), once the batch holding it is fetched.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_values.TryGetValue(key, out var value))
            {
                value = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                _values[key] = value;
                _pending.Add(key);
            }
            return new PendingValue(this, value.Task);
        }
    }

    /// <summary>For a resolver that needs the value itself: fetches the batch holding it now.</summary>
    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken) => Load(key).GetResultAsync(cancellationToken);

    public async Task<IReadOnlyList<TValue>> LoadManyAsync(IEnumerable<TKey> keys, CancellationToken cancellationToken)
    {
        var pending = keys.Select(Load).ToList();
        return pending.Count == 0 ? [] : await Task.WhenAll(pending.Select(value => value.GetResultAsync(cancellationToken)));
    }

    private async Task FetchPendingAsync(CancellationToken cancellationToken)
    {
        List<TKey> batch;
        lock (_gate)
        {
            if (_pending.Count == 0)
                return;
            batch = _pending;
            _pending = [];
            BatchCount++;
        }
        IReadOnlyDictionary<TKey, TaskCompletionSource<TValue>> waiting;
        lock (_gate)
            waiting = batch.ToDictionary(key => key, key => _values[key]);
        try
        {
            var fetched = await fetch(batch, cancellationToken);
            foreach (var (key, value) in waiting)
                value.TrySetResult(fetched.TryGetValue(key, out var found) ? found : default!);
        }
        catch (Exception error)
        {
            foreach (var value in waiting.Values)
                value.TrySetException(error);
        }
    }

    private sealed class PendingValue(BatchLoader<TKey, TValue> loader, Task<TValue> value) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            await loader.FetchPendingAsync(cancellationToken);
            return await value;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
