namespace NamDinh.Graph.Api.Transport.WebSockets;

/// <summary>
/// How many streaming connections (WebSocket and server-sent events) this node holds now, in all and per client
/// (<see cref="Clients.ClientKey"/>); both kinds count against one cap per client.
/// </summary>
public sealed class ConnectionCounter
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _byClient = new();
    private int _webSockets;
    private int _eventStreams;

    public int WebSockets => Volatile.Read(ref _webSockets);

    public int EventStreams => Volatile.Read(ref _eventStreams);

    /// <summary>Counts a WebSocket of <paramref name="client"/>, or answers null when it holds <paramref name="maxPerClient"/> streaming connections already.</summary>
    public IDisposable? TryOpenWebSocket(string client, int maxPerClient) => TryOpen(client, maxPerClient, ref _webSockets, () => Interlocked.Decrement(ref _webSockets));

    /// <summary>Counts an event stream of <paramref name="client"/>, or answers null when it holds <paramref name="maxPerClient"/> streaming connections already.</summary>
    public IDisposable? TryOpenEventStream(string client, int maxPerClient) => TryOpen(client, maxPerClient, ref _eventStreams, () => Interlocked.Decrement(ref _eventStreams));

    private Release? TryOpen(string client, int maxPerClient, ref int kind, Action closeKind)
    {
        var held = _byClient.AddOrUpdate(client, 1, (_, count) => count + 1);
        if (held > maxPerClient)
        {
            CloseOneOf(client);
            return null;
        }
        Interlocked.Increment(ref kind);
        return new Release(() =>
        {
            closeKind();
            CloseOneOf(client);
        });
    }

    private void CloseOneOf(string client)
    {
        // Drops the entry at zero, so that clients long gone hold no memory.
        if (_byClient.AddOrUpdate(client, 0, (_, count) => count - 1) <= 0)
            _byClient.TryRemove(new KeyValuePair<string, int>(client, 0));
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
