using System.Net.ServerSentEvents;
using GraphQL;
using NamDinh.Graph.Api.Execution;

namespace NamDinh.Graph.Api.Transport.EventStreams;

/// <summary>
/// The results waiting for one event stream's client, each already written as JSON. Bounded in messages and in bytes:
/// once the client falls further behind, the stream ends and the client is cut off (<paramref name="tooSlow"/>), so the
/// results waiting are let go at once (one result alone may be larger).
/// </summary>
public sealed partial class EventBacklog(int maxMessages, long maxBytes, BoundedJson json, Action tooSlow, ILogger logger) : IObserver<ExecutionResult>
{
    private readonly Clients.OutgoingQueue _results = new(maxMessages, maxBytes);

    /// <summary>
    /// The events to send: a "next" for each result, then "complete" once there are no more; none after the client
    /// was cut off. Each result counts against the queue until the event after it is asked for (it was sent).
    /// </summary>
    public async IAsyncEnumerable<SseItem<byte[]>> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        await foreach (var result in _results.ReadAllAsync(cancellation))
            yield return new SseItem<byte[]>(result, EventNames.Next);
        yield return new SseItem<byte[]>([], EventNames.Complete);
    }

    public void OnNext(ExecutionResult value)
    {
        // Each answer no longer than an HTTP answer may be (else RESPONSE_TOO_LARGE in its place).
        if (_results.TryAdd(json.Answer(value).Json.ToArray(), out var waiting))
            return;
        LogTooFarBehind(waiting);
        _results.Complete(new OperationCanceledException("The client reads too slowly."));
        tooSlow();
    }

    public void OnError(Exception error)
    {
        LogSubscriptionFailed(error);
        _results.Complete();
    }

    public void OnCompleted() => _results.Complete();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ending an event stream whose client fell too far behind ({Bytes} bytes waiting).")]
    private partial void LogTooFarBehind(long bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An event stream's subscription ended with an error.")]
    private partial void LogSubscriptionFailed(Exception error);
}
