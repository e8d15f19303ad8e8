using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace NamDinh.Graph.Api.Tests.Cluster;

/// <summary>
/// A small graphql-transport-ws client, as a partner's would be: connection_init and its ack, subscribe with an
/// id, the server's next / error / complete messages sorted by id, pings answered with pongs. Every wait is bounded.
/// </summary>
public sealed class GraphQLWsClient : IAsyncDisposable
{
    public const string Subprotocol = "graphql-transport-ws";

    private readonly WebSocket _socket;
    private readonly string _where;
    private readonly Channel<JsonObject> _connectionMessages = Channel.CreateUnbounded<JsonObject>();
    private readonly ConcurrentDictionary<string, Channel<JsonObject>> _operations = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _receiving;
    private int _lastId;

    private GraphQLWsClient(WebSocket socket, string where)
    {
        _socket = socket;
        _where = where;
        _receiving = ReceiveAsync();
    }

    /// <summary>Why the server closed the socket, once it did.</summary>
    public string? CloseReason { get; private set; }

    /// <summary>Connects with <paramref name="connect"/>, sends connection_init and waits for connection_ack.</summary>
    public static async Task<GraphQLWsClient> ConnectAsync(Func<CancellationToken, Task<WebSocket>> connect, string where)
    {
        using var timeout = new CancellationTokenSource(Wait.Short);
        var socket = await connect(timeout.Token);
        Assert.Equal(Subprotocol, socket.SubProtocol);
        var client = new GraphQLWsClient(socket, where);
        await client.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject() });
        var ack = await client.ReadAsync(client._connectionMessages, "connection_ack");
        Assert.Equal("connection_ack", ack["type"]?.GetValue<string>());
        return client;
    }

    /// <summary>Starts an operation (here: a subscription); its events are read from the answer.</summary>
    public async Task<Subscription> SubscribeAsync(string query, object? variables = null)
    {
        var id = Interlocked.Increment(ref _lastId).ToString();
        var messages = Channel.CreateUnbounded<JsonObject>();
        _operations[id] = messages;
        await SendAsync(new JsonObject
        {
            ["id"] = id,
            ["type"] = "subscribe",
            ["payload"] = new JsonObject { ["query"] = query, ["variables"] = JsonSerializer.SerializeToNode(variables, JsonSerializerOptions.Web) },
        });
        return new Subscription(this, id, messages);
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(Wait.Short);
                await _sending.WaitAsync(timeout.Token);
                try
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
                }
                finally
                {
                    _sending.Release();
                }
            }
            catch (Exception error) when (error is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
        // The server answers the close; its close frame ends the receive loop. Stop waiting after the timeout.
        await Task.WhenAny(_receiving, Task.Delay(Wait.Short));
        await _closing.CancelAsync();
        await _receiving;
        _socket.Dispose();
        _closing.Dispose();
    }

    private async Task SendAsync(JsonObject message)
    {
        using var timeout = new CancellationTokenSource(Wait.Short);
        await _sending.WaitAsync(timeout.Token);
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task<JsonObject> ReadAsync(Channel<JsonObject> messages, string awaited)
    {
        using var timeout = new CancellationTokenSource(Wait.Short);
        try
        {
            return await messages.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No {awaited} within {Wait.Short.TotalSeconds:0} s from {_where}.");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"{_where} closed the connection before {awaited}: {CloseReason}");
        }
    }

    /// <summary>Reads every message: pings are answered, the rest go to their operation or to the connection.</summary>
    private async Task ReceiveAsync()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var received = await _socket.ReceiveAsync(buffer, _closing.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    CloseReason = $"{(int?)_socket.CloseStatus} {_socket.CloseStatusDescription}";
                    break;
                }
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                    continue;
                var parsed = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                var type = parsed["type"]?.GetValue<string>();
                if (type == "ping")
                    await SendAsync(new JsonObject { ["type"] = "pong" });
                else if (parsed["id"]?.GetValue<string>() is { } id && _operations.TryGetValue(id, out var operation))
                    operation.Writer.TryWrite(parsed);
                else
                    _connectionMessages.Writer.TryWrite(parsed);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            CloseReason ??= error.Message;
        }
        finally
        {
            _connectionMessages.Writer.TryComplete();
            foreach (var operation in _operations.Values)
                operation.Writer.TryComplete();
        }
    }

    /// <summary>One subscription on the connection: its events, one at a time.</summary>
    public sealed class Subscription(GraphQLWsClient client, string id, Channel<JsonObject> messages)
    {
        /// <summary>The data of the next event; fails on an error, a completion, a closed socket or the timeout.</summary>
        public async Task<JsonNode> NextAsync()
        {
            var message = await client.ReadAsync(messages, $"event on subscription {id}");
            var type = message["type"]?.GetValue<string>();
            Assert.True(type == "next", $"Subscription {id} on {client._where} got '{type}' instead of an event: {message.ToJsonString()}");
            var payload = message["payload"]!;
            Assert.True(payload["errors"] is null, $"An event with errors on {client._where}: {payload.ToJsonString()}");
            return payload["data"]!;
        }
    }
}
