using System.Text;
using GraphQL;
using NamDinh.Graph.Api.Execution;

namespace NamDinh.Graph.Api.Transport.EventStreams;

/// <summary>
/// The events waiting for one event stream's client, each already written out as "event: next". Bounded in
/// messages and in bytes: once the client falls further behind, the stream ends and the client is cut off
/// (<paramref name="tooSlow"/>), so the events waiting are let go at once (one event alone may be larger).
/// </summary>
public sealed partial class EventQueue(int maxMessages, long maxBytes, BoundedJson json, Action tooSlow, ILogger logger) : IObserver<ExecutionResult>
{
    private readonly Clients.OutgoingQueue _events = new(maxMessages, maxBytes);

    public static byte[] Event(string name, ReadOnlySpan<byte> data) =>
        [.. Encoding.UTF8.GetBytes($"event: {name}\ndata:{(data.IsEmpty ? "" : " ")}"), .. data, .. "\n\n"u8];

    public IAsyncEnumerable<byte[]> ReadAllAsync(CancellationToken cancellation) => _events.ReadAllAsync(cancellation);

    public void OnNext(ExecutionResult value)
    {
        // Each answer no longer than an HTTP answer may be (else RESPONSE_TOO_LARGE in its place).
        if (_events.TryAdd(Event("next", json.Answer(value).Json.Span), out var waiting))
            return;
        LogFellBehind(waiting);
        _events.Complete(new OperationCanceledException("The client reads too slowly."));
        tooSlow();
    }

    public void OnError(Exception error)
    {
        LogSubscriptionFailed(error);
        _events.Complete();
    }

    public void OnCompleted() => _events.Complete();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ending an event stream whose client fell too far behind ({Bytes} bytes waiting).")]
    private partial void LogFellBehind(long bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An event stream's subscription ended with an error.")]
    private partial void LogSubscriptionFailed(Exception error);
}
