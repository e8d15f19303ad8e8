using GraphQL.DataLoader;

namespace NamDinh.Graph.Api.Loading;

/// <summary>What a resolver makes of a value a loader will fetch, still pending, so the fetch stays in its batch.</summary>
public static class PendingResults
{
    public static IDataLoaderResult<TResult> Map<T, TResult>(this IDataLoaderResult<T> pending, Func<T, TResult> map) =>
        new Mapped<T, TResult>(pending, map);

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
}
