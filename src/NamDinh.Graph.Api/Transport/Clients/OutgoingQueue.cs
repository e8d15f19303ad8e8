using System.Threading.Channels;

namespace NamDinh.Graph.Api.Transport.Clients;

/// <summary>
/// The messages waiting for one streaming client (a WebSocket's, an event stream's), bounded in messages and in bytes.
/// A message counts until it is taken out; one alone may be larger than the byte limit. A client too far behind is
/// refused the next message, for its transport to cut it off. A message is only read, never changed: the same bytes may
/// wait in many clients' queues (an answer shared by subscribers, a ping).
/// </summary>
public sealed class OutgoingQueue(int maxMessages, long maxBytes)
{
    private readonly Channel<ReadOnlyMemory<byte>> _messages = Channel.CreateBounded<ReadOnlyMemory<byte>>(new BoundedChannelOptions(maxMessages) { SingleReader = true });
    private long _bytes;

    /// <summary>Queues <paramref name="message"/>; false, queuing nothing, when the client is too far behind.</summary>
    public bool TryAdd(ReadOnlyMemory<byte> message, out long waitingBytes)
    {
        waitingBytes = Interlocked.Add(ref _bytes, message.Length);
        if ((waitingBytes == message.Length || waitingBytes <= maxBytes) && _messages.Writer.TryWrite(message))
            return true;
        Interlocked.Add(ref _bytes, -message.Length);
        return false;
    }

    /// <summary>The messages in order; each stops counting once the loop over it moves on (it is then out).</summary>
    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        await foreach (var message in _messages.Reader.ReadAllAsync(cancellation))
        {
            try
            {
                yield return message;
            }
            finally
            {
                Interlocked.Add(ref _bytes, -message.Length);
            }
        }
    }

    /// <summary>No more messages: the reader ends once it has taken those queued (or with <paramref name="error"/>).</summary>
    public void Complete(Exception? error = null) => _messages.Writer.TryComplete(error);
}
