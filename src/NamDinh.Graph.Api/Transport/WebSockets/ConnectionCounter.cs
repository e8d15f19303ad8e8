namespace NamDinh.Graph.Api.Transport.WebSockets;

/// <summary>How many streaming connections (WebSocket and server-sent events) this node holds now, in all and per client.</summary>
public sealed class ConnectionCounter
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _webSocketsByClient = new();
    private int _webSockets;
    private int _eventStreams;

    public int WebSockets => Volatile.Read(ref _webSockets);

    public int EventStreams => Volatile.Read(ref _eventStreams);

    /// <summary>Counts a WebSocket of <paramref name="client"/> (its address), or answers null when it holds <paramref name="maxPerClient"/> already.</summary>
    public IDisposable? TryOpenWebSocket(string client, int maxPerClient)
    {
        var held = _webSocketsByClient.AddOrUpdate(client, 1, (_, count) => count + 1);
        if (held > maxPerClient)
        {
            CloseWebSocketOf(client);
            return null;
        }
        Interlocked.Increment(ref _webSockets);
        return new Release(() =>
        {
            Interlocked.Decrement(ref _webSockets);
            CloseWebSocketOf(client);
        });
    }

    private void CloseWebSocketOf(string client)
    {
        // Drops the entry at zero, so that clients long gone hold no memory.
        if (_webSocketsByClient.AddOrUpdate(client, 0, (_, count) => count - 1) <= 0)
            _webSocketsByClient.TryRemove(new KeyValuePair<string, int>(client, 0));
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
