using GraphQL.DataLoader;

namespace NamDinh.Graph.Api.Loading;

/// <summary>What a resolver makes of a value a loader will fetch, still pending, so the fetch stays in its batch.</summary>
public static class PendingResults
{
    public static IDataLoaderResult<TResult> Map<T, TResult>(this IDataLoaderResult<T> pending, Func<T, TResult> map) =>
        new Mapped<T, TResult>(pending, map);

    /// <summary>A value that needs another fetch once this one is in: the second fetch goes in the batch after.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> pending, Func<T, IDataLoaderResult<TResult>> next) =>
        new Chained<T, TResult>(pending, next);

    /// <summary>All of the values, in order, each fetched in the batch its loader would fetch it in.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> All<T>(IReadOnlyList<IDataLoaderResult<T>> pending) => new Gathered<T>(pending);

    /// <summary>A value there is nothing to fetch for, in the shape of one that was fetched.</summary>
    public static IDataLoaderResult<T> Ready<T>(T value) => new Fetched<T>(value);

    private sealed class Fetched<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> pending, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => map(await pending.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Chained<T, TResult>(IDataLoaderResult<T> pending, Func<T, IDataLoaderResult<TResult>> next) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            await next(await pending.GetResultAsync(cancellationToken)).GetResultAsync(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Gathered<T>(IReadOnlyList<IDataLoaderResult<T>> pending) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default) =>
            await Task.WhenAll(pending.Select(value => value.GetResultAsync(cancellationToken)));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
