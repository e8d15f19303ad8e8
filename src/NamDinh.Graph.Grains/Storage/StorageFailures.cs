using System.Net;
using Azure;
using NamDinh.Graph.Abstractions.Storage;

namespace NamDinh.Graph.Grains.Storage;

/// <summary>Tells storage being down (unreachable, timing out, answering 5xx) from storage refusing a request, and says so as <see cref="StorageUnavailableException"/>.</summary>
public static class StorageFailures
{
    /// <summary>Runs one storage call; storage being down comes out as <see cref="StorageUnavailableException"/>, any other error as it is.</summary>
    public static async Task<T> CallAsync<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception error) when (IsUnavailable(error))
        {
            throw new StorageUnavailableException($"Storage is unavailable: could not {what}.", error);
        }
    }

    public static bool IsUnavailable(Exception error) => error switch
    {
        AggregateException retries => retries.InnerExceptions.Count > 0 && retries.InnerExceptions.All(IsUnavailable),
        RequestFailedException answered => answered.Status is 0 or (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or >= 500,
        HttpRequestException or TimeoutException or IOException => true,
        TaskCanceledException cancelled => cancelled.InnerException is TimeoutException,
        _ => false,
    };
}
