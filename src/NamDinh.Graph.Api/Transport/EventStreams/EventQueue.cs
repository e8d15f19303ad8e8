using System.Text;
using System.Threading.Channels;
using GraphQL;

namespace NamDinh.Graph.Api.Transport.EventStreams;

/// <summary>
/// The events waiting for one event stream's client, each already written out as "event: next". Bounded in
/// messages and in bytes: once the client falls further behind, the stream ends and the client is cut off
/// (<paramref name="tooSlow"/>), so the events waiting are let go at once (one event alone may be larger).
/// </summary>
public sealed class EventQueue(int maxMessages, long maxBytes, BoundedJson json, Action tooSlow, ILogger logger) : IObserver<ExecutionResult>
{
    private readonly Channel<byte[]> _events = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(maxMessages) { SingleReader = true });
    private long _queuedBytes;

    public static byte[] Event(string name, ReadOnlySpan<byte> data) =>
        [.. Encoding.UTF8.GetBytes($"event: {name}\ndata:{(data.IsEmpty ? "" : " ")}"), .. data, .. "\n\n"u8];

    public async IAsyncEnumerable<byte[]> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        await foreach (var next in _events.Reader.ReadAllAsync(cancellation))
        {
            yield return next;
            Interlocked.Add(ref _queuedBytes, -next.Length);
        }
    }

    public void OnNext(ExecutionResult value)
    {
        // Each answer no longer than an HTTP answer may be (else RESPONSE_TOO_LARGE in its place).
        var text = Event("next", json.Answer(value).Json.Span);
        var queued = Interlocked.Add(ref _queuedBytes, text.Length);
        if ((queued == text.Length || queued <= maxBytes) && _events.Writer.TryWrite(text))
            return;
        logger.LogWarning("Ending an event stream whose client fell too far behind ({Bytes} bytes waiting).", queued);
        _events.Writer.TryComplete(new OperationCanceledException("The client reads too slowly."));
        tooSlow();
    }

    public void OnError(Exception error)
    {
        logger.LogWarning(error, "An event stream's subscription ended with an error.");
        _events.Writer.TryComplete();
    }

    public void OnCompleted() => _events.Writer.TryComplete();
}
