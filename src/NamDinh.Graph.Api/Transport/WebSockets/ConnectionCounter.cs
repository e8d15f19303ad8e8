namespace NamDinh.Graph.Api.Transport.WebSockets;

/// <summary>How many streaming connections (WebSocket and server-sent events) this node holds now.</summary>
public sealed class ConnectionCounter
{
    private int _webSockets;
    private int _eventStreams;

    public int WebSockets => Volatile.Read(ref _webSockets);

    public int EventStreams => Volatile.Read(ref _eventStreams);

    public IDisposable WebSocketOpened()
    {
        Interlocked.Increment(ref _webSockets);
        return new Release(() => Interlocked.Decrement(ref _webSockets));
    }

    public IDisposable EventStreamOpened()
    {
        Interlocked.Increment(ref _eventStreams);
        return new Release(() => Interlocked.Decrement(ref _eventStreams));
    }

    private sealed class Release(Action release) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                release();
        }
    }
}
