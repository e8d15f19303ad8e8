namespace NamDinh.Graph.Api.Transport.WebSockets;

/// <summary>The <c>WebSockets</c> configuration section: the limits of one graphql-transport-ws connection.</summary>
public sealed class GraphQLWebSocketOptions
{
    public const string SectionName = "WebSockets";

    /// <summary>How long a client may take to send connection_init before the socket is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often the server pings an idle client; zero for never.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>
    /// How many messages may wait for a slow client. A client further behind is closed, so that it holds up no one
    /// and the server does not buffer without end; it catches up with the query changes(after:).
    /// </summary>
    public int MaxQueuedMessages { get; set; } = 1000;

    /// <summary>
    /// How many bytes may wait for a slow client (a WebSocket's messages, an event stream's events); beyond, the
    /// WebSocket is closed (1013) and the event stream ended. One message larger than this still goes out alone.
    /// </summary>
    public long MaxQueuedBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The largest message a client may send; a larger one closes the socket with 1009.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>How many operations one connection may have running at once; one more is answered with an error message (TOO_MANY_SUBSCRIPTIONS).</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 100;

    /// <summary>
    /// How many of one connection's operations execute at once; the others wait their turn. A subscription's turn ends
    /// once it is subscribed, so this bounds the answers being made for one client, not its subscriptions.
    /// </summary>
    public int MaxExecutingPerConnection { get; set; } = 4;

    /// <summary>How many streaming connections (WebSockets and event streams together) one client may hold; one more is refused with 429.</summary>
    public int MaxConnectionsPerClient { get; set; } = 100;
}
