using System.Net.ServerSentEvents;
using GraphQL;
using NamDinh.Graph.Api.Execution;
using NamDinh.Graph.Api.Execution.Subscriptions;

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
    public async IAsyncEnumerable<SseItem<ReadOnlyMemory<byte>>> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        await foreach (var result in _results.ReadAllAsync(cancellation))
            yield return new SseItem<ReadOnlyMemory<byte>>(result, EventNames.Next);
        yield return new SseItem<ReadOnlyMemory<byte>>(ReadOnlyMemory<byte>.Empty, EventNames.Complete);
    }

    public void OnNext(ExecutionResult value)
    {
        // Each answer no longer than an HTTP answer may be (else RESPONSE_TOO_LARGE in its place).
        // An answer shared with other subscribers was written once, and every stream's queue holds the same bytes.
        var answer = value is SharedEventResult shared ? shared.Answer(json).Json : json.Answer(value).Json;
        if (_results.TryAdd(answer, out var waiting))
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
