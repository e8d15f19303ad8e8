using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Execution;
using NamDinh.Graph.Api.Execution.Subscriptions;
using NamDinh.Graph.Api.Transport.Http;

namespace NamDinh.Graph.Api.Transport.WebSockets;

/// <summary>
/// One client on the graphql-transport-ws protocol: connection_init within the timeout (4408), once (4429), before
/// any subscribe (4401); subscribe with a new id (4409) runs a query, mutation or subscription; complete from either
/// side; ping and pong both ways; anything else is an invalid message (4400). Outgoing messages wait in a queue
/// bounded in messages and in bytes: a client that falls too far behind is closed (1013) so it holds up no one, and
/// one that takes a message for longer than the write timeout is dropped. At most MaxExecutingPerConnection operations
/// execute at once. When the token expires the socket is closed (4403).
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "Operations still finishing may release the semaphores after the connection ends; none of the three holds a wait handle or a timer.")]
public sealed partial class GraphQLWebSocketConnection(
    WebSocket socket,
    HttpContext http,
    GraphQLRequestRunner runner,
    GraphQLRequestReader reader,
    IGraphQLTextSerializer serializer,
    BoundedJson json,
    IConnectionAuthorizer authorizer,
    GraphQLWebSocketOptions options,
    Clients.SlowReaderOptions slowReaders,
    ILogger<GraphQLWebSocketConnection> logger)
{
    private readonly Clients.OutgoingQueue _outgoing = new(options.MaxQueuedMessages, options.MaxQueuedBytes);
    private readonly ConcurrentDictionary<string, Operation> _operations = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly SemaphoreSlim _executing = new(options.MaxExecutingPerConnection, options.MaxExecutingPerConnection);
    private readonly CancellationTokenSource _closing = new();
    private static byte[]? CachedPing;
    private static byte[]? CachedPong;
    private int _closeStarted;
    private int _initReceived;
    private volatile bool _acknowledged;
    private volatile bool _shuttingDown;

    /// <summary>How long a close waits for a message being sent, and then for the client's answering close frame.</summary>
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);

    /// <summary>The buffer a message is first read into (rented once a message starts, returned once it was acted on).</summary>
    private const int ReceiveBytes = 4 * 1024;


    public async Task RunAsync(CancellationToken stopping)
    {
        var cancellation = _closing.Token;
        var writing = WriteAsync();
        using var shuttingDown = stopping.Register(() => _ = ShutDownAsync(writing));
        var waitingForInit = CloseUnlessInitialisedAsync(cancellation);
        var keepingAlive = PingAsync(cancellation);
        try
        {
            await ReceiveAsync(cancellation);
        }
        catch (Exception error) when (error is not OperationCanceledException and not WebSocketException)
        {
            LogConnectionFailed(error);
            await CloseAsync(CloseCodes.InternalServerError, "Internal server error");
        }
        catch (Exception) when (_closing.IsCancellationRequested || socket.State != WebSocketState.Open)
        {
        }
        finally
        {
            foreach (var operation in _operations.Values)
                operation.Dispose();
            _operations.Clear();
            _outgoing.Complete();
            await _closing.CancelAsync();
            await Task.WhenAll(writing, waitingForInit, keepingAlive);
        }
    }

    /// <summary>
    /// Reads the client's messages. Between messages the connection holds no buffer: it waits for the next frame with
    /// an empty read, then reads the message into memory rented from the shared pool (grown as it needs, up to the
    /// message limit), which goes back to the pool once the message was acted on.
    /// </summary>
    private async Task ReceiveAsync(CancellationToken cancellation)
    {
        byte[]? message = null;
        var length = 0;
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = message is null
                    ? await socket.ReceiveAsync(Memory<byte>.Empty, cancellation)
                    : await socket.ReceiveAsync(message.AsMemory(length), cancellation);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await CloseAsync(WebSocketCloseStatus.NormalClosure, "");
                    return;
                }
                if (length + received.Count > options.MaxMessageBytes)
                {
                    await CloseAsync(CloseCodes.MessageTooBig, $"A message may be at most {options.MaxMessageBytes} bytes.");
                    return;
                }
                length += received.Count;
                if (!received.EndOfMessage)
                {
                    message = Room(message, length);
                    continue;
                }
                if (received.MessageType != WebSocketMessageType.Text)
                {
                    await CloseAsync(CloseCodes.InvalidMessage, "Invalid message received: messages are JSON text.");
                    return;
                }
                var handled = await HandleAsync(message is null ? ReadOnlyMemory<byte>.Empty : message.AsMemory(0, length));
                if (message is not null)
                    ArrayPool<byte>.Shared.Return(message);
                (message, length) = (null, 0);
                if (!handled)
                    return;
            }
        }
        finally
        {
            if (message is not null)
                ArrayPool<byte>.Shared.Return(message);
        }
    }

    /// <summary>
    /// A buffer with room after the <paramref name="length"/> bytes of <paramref name="message"/> read so far: first one
    /// of <see cref="ReceiveBytes"/>, then one twice as long (at most one byte past the limit, so that a longer message
    /// shows), the old one returned to the pool.
    /// </summary>
    private byte[] Room(byte[]? message, int length)
    {
        if (message is null)
            return ArrayPool<byte>.Shared.Rent(Math.Min(ReceiveBytes, options.MaxMessageBytes + 1));
        if (length < message.Length)
            return message;
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * message.Length, options.MaxMessageBytes + 1L));
        message.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(message);
        return larger;
    }

    /// <summary>Acts on one message; false when the connection was closed for it.</summary>
    private async Task<bool> HandleAsync(ReadOnlyMemory<byte> text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return await InvalidAsync("the message is not JSON");
        }
        using (document)
        {
            var message = document.RootElement;
            if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
                return await InvalidAsync("a message is a JSON object with a string 'type'");
            JsonElement? payload = message.TryGetProperty("payload", out var given) && given.ValueKind != JsonValueKind.Null ? given : null;
            switch (type.GetString())
            {
                case MessageTypes.ConnectionInit:
                    return await InitialiseAsync(payload);
                case MessageTypes.Ping:
                    Queue(PongBytes);
                    return true;
                case MessageTypes.Pong:
                    return true;
                case MessageTypes.Subscribe:
                    return await SubscribeAsync(message, payload);
                case MessageTypes.Complete:
                    if (!TryGetId(message, out var id))
                        return await InvalidAsync("'complete' needs a string 'id'");
                    if (_operations.TryRemove(id, out var operation))
                        operation.Dispose();
                    return true;
                default:
                    return await InvalidAsync($"'{type.GetString()}' is not a message a client sends");
            }
        }
    }

    private async Task<bool> InitialiseAsync(JsonElement? payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return false;
        }
        if (payload is { ValueKind: not JsonValueKind.Object })
            return await InvalidAsync("the connection_init payload must be an object");
        if (!await authorizer.AuthorizeAsync(http, payload))
        {
            await CloseAsync(CloseCodes.Forbidden, "Forbidden");
            return false;
        }
        _acknowledged = true;
        Send(new OperationMessage { Type = MessageTypes.ConnectionAck });
        if (TokenExpiry.Of(http.User) is { } expiry)
            _ = CloseWhenTokenExpiresAsync(expiry, _closing.Token);
        return true;
    }

    private async Task<bool> SubscribeAsync(JsonElement message, JsonElement? payload)
    {
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized");
            return false;
        }
        if (!TryGetId(message, out var id) || payload is not { ValueKind: JsonValueKind.Object } body)
            return await InvalidAsync("'subscribe' needs a string 'id' and an object 'payload'");
        if (!reader.TryRead(body, out var request, out var problem))
            return await InvalidAsync(problem);
        if (_operations.ContainsKey(id))
        {
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return false;
        }
        if (_operations.Count >= options.MaxSubscriptionsPerConnection)
        {
            Send(new OperationMessage
            {
                Id = id,
                Type = MessageTypes.Error,
                Payload = new ExecutionErrors { new ExecutionError($"This connection runs {options.MaxSubscriptionsPerConnection} operations already; complete one first.") { Code = ErrorCodes.TooManySubscriptions } },
            });
            return true;
        }
        var operation = new Operation();
        if (!_operations.TryAdd(id, operation))
        {
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return false;
        }
        _ = RunOperationAsync(id, request, operation);
        return true;
    }

    private async Task RunOperationAsync(string id, GraphQLHttpRequest request, Operation operation)
    {
        try
        {
            ExecutionResult result;
            await _executing.WaitAsync(operation.Cancellation);
            try
            {
                result = await runner.RunAsync(request, http, only: null, operation.Cancellation);
            }
            finally
            {
                _executing.Release();
            }
            if (!result.Executed)
            {
                if (_operations.TryRemove(id, out _))
                    Send(new OperationMessage { Id = id, Type = MessageTypes.Error, Payload = result.Errors });
                return;
            }
            if (result.Streams is { Count: > 0 } streams)
            {
                operation.Attach(streams.Values.Single().Subscribe(new StreamObserver(this, id)));
                return;
            }
            if (_operations.TryRemove(id, out _))
            {
                SendNext(id, result);
                Send(new OperationMessage { Id = id, Type = MessageTypes.Complete });
            }
        }
        catch (OperationCanceledException) when (operation.Cancellation.IsCancellationRequested)
        {
        }
        catch (Exception error)
        {
            LogOperationFailed(error, id);
            await CloseAsync(CloseCodes.InternalServerError, "Internal server error");
        }
    }

    /// <summary>
    /// The server is stopping: each running operation is completed, the messages queued go out (for at most the close
    /// grace), and the socket is closed as going away, with the reason. A client may then reconnect to another node.
    /// </summary>
    private async Task ShutDownAsync(Task writing)
    {
        _shuttingDown = true;
        foreach (var id in _operations.Keys)
        {
            if (!_operations.TryRemove(id, out var operation))
                continue;
            operation.Dispose();
            Send(new OperationMessage { Id = id, Type = MessageTypes.Complete });
        }
        _outgoing.Complete();
        await Task.WhenAny(writing, Task.Delay(CloseGrace));
        await CloseAsync(CloseCodes.GoingAway, "The server is shutting down.");
    }

    private void Send(OperationMessage message) => Queue(Encoding.UTF8.GetBytes(serializer.Serialize(message)));

    /// <summary>A ping, the same bytes for every connection (they are only read, never changed).</summary>
    private byte[] PingBytes => CachedPing ??= Encoding.UTF8.GetBytes(serializer.Serialize(new OperationMessage { Type = MessageTypes.Ping }));

    /// <summary>A pong, the same bytes for every connection.</summary>
    private byte[] PongBytes => CachedPong ??= Encoding.UTF8.GetBytes(serializer.Serialize(new OperationMessage { Type = MessageTypes.Pong }));

    /// <summary>
    /// A "next" message, its payload no longer than an HTTP answer may be (else RESPONSE_TOO_LARGE in its place). An
    /// answer shared with other subscribers (<see cref="SharedEventResult"/>) was written once; so was its message, for
    /// every subscriber whose operation has the same id.
    /// </summary>
    private void SendNext(string id, ExecutionResult result)
    {
        if (Volatile.Read(ref _closeStarted) == 1)
            return;
        Queue(result is SharedEventResult shared
            ? shared.FramedFor(id, NextMessage, json)
            : NextMessage(id, json.Answer(result).Json));
    }

    /// <summary>{"id":…,"type":"next","payload":…} in one array of its exact length, the id escaped as JSON writers do.</summary>
    private static byte[] NextMessage(string id, ReadOnlyMemory<byte> payload)
    {
        var encodedId = JsonEncodedText.Encode(id).EncodedUtf8Bytes;
        ReadOnlySpan<byte> start = "{\"id\":\""u8;
        ReadOnlySpan<byte> type = "\",\"type\":\"next\",\"payload\":"u8;
        var message = new byte[start.Length + encodedId.Length + type.Length + payload.Length + 1];
        var written = message.AsSpan();
        start.CopyTo(written);
        written = written[start.Length..];
        encodedId.CopyTo(written);
        written = written[encodedId.Length..];
        type.CopyTo(written);
        written = written[type.Length..];
        payload.Span.CopyTo(written);
        written[payload.Length] = (byte)'}';
        return message;
    }

    /// <summary>Queues a message for the client; a client too far behind is closed instead of queued for without end.</summary>
    private void Queue(ReadOnlyMemory<byte> bytes)
    {
        if (Volatile.Read(ref _closeStarted) == 1)
            return;
        if (_outgoing.TryAdd(bytes, out var queued))
            return;
        if (_shuttingDown)
            return;
        LogFellBehind(queued, options.MaxQueuedMessages, options.MaxQueuedBytes);
        _ = CloseAsync(CloseCodes.TryAgainLater, "Too slow: too much was waiting for this client. Reconnect and catch up with changes(after:).");
    }

    private async Task WriteAsync()
    {
        try
        {
            await foreach (var bytes in _outgoing.ReadAllAsync(_closing.Token))
            {
                if (Volatile.Read(ref _closeStarted) == 1)
                    return;
                await _sending.WaitAsync(_closing.Token);
                try
                {
                    await SendWithinTimeoutAsync(bytes);
                }
                finally
                {
                    _sending.Release();
                }
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
    }

    /// <summary>Sends one message; a client that takes none of it within the write timeout has its socket aborted.</summary>
    private async Task SendWithinTimeoutAsync(ReadOnlyMemory<byte> bytes)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        timeout.CancelAfter(slowReaders.WriteTimeout);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        }
        catch (OperationCanceledException) when (!_closing.IsCancellationRequested)
        {
            LogReadNothing(slowReaders.WriteTimeout);
            socket.Abort();
            throw;
        }
    }

    private async Task CloseWhenTokenExpiresAsync(DateTimeOffset expiry, CancellationToken cancellation)
    {
        try
        {
            var left = expiry - DateTimeOffset.UtcNow;
            if (left > TimeSpan.Zero)
                await Task.Delay(left, cancellation);
            await CloseAsync(CloseCodes.Forbidden, "The token has expired; connect again with a new one.");
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task CloseUnlessInitialisedAsync(CancellationToken cancellation)
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, cancellation);
            if (Volatile.Read(ref _initReceived) == 0)
                await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task PingAsync(CancellationToken cancellation)
    {
        if (options.KeepAliveInterval <= TimeSpan.Zero)
            return;
        using var timer = new PeriodicTimer(options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellation))
                Queue(PingBytes);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private Task<bool> InvalidAsync(string why) =>
        CloseAsync(CloseCodes.InvalidMessage, $"Invalid message received: {why}.").ContinueWith(_ => false, TaskScheduler.Default);

    private Task CloseAsync(int code, string reason) => CloseAsync((WebSocketCloseStatus)code, reason);

    /// <summary>
    /// Sends the close frame once: after the message being sent, if it goes out within the grace period; queued
    /// messages are dropped. The receive loop then ends on the client's answering close frame, or after the grace.
    /// Cancelling a pending receive or send would abort the socket before the close frame is out, so nothing is
    /// cancelled until then.
    /// </summary>
    private async Task CloseAsync(WebSocketCloseStatus code, string reason)
    {
        if (Interlocked.Exchange(ref _closeStarted, 1) == 1)
            return;
        _outgoing.Complete();
        try
        {
            if (await _sending.WaitAsync(CloseGrace))
            {
                try
                {
                    using var grace = new CancellationTokenSource(CloseGrace);
                    if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                        await socket.CloseOutputAsync(code, Truncate(reason), grace.Token);
                }
                finally
                {
                    _sending.Release();
                }
            }
        }
        catch (Exception error) when (error is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            try
            {
                _closing.CancelAfter(CloseGrace);
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    // A close reason may be at most 123 bytes of UTF-8.
    private static string Truncate(string reason)
    {
        while (Encoding.UTF8.GetByteCount(reason) > 123)
            reason = reason[..^1];
        return reason;
    }

    private static bool TryGetId(JsonElement message, out string id)
    {
        id = message.TryGetProperty("id", out var given) && given.ValueKind == JsonValueKind.String ? given.GetString()! : "";
        return id.Length > 0;
    }

    /// <summary>A running operation: cancelled, and its stream unsubscribed, when the client completes it or leaves.</summary>
    private sealed class Operation : IDisposable
    {
        private readonly CancellationTokenSource _cancellation = new();
        private IDisposable? _stream;
        private bool _disposed;

        public CancellationToken Cancellation => _cancellation.Token;

        public void Attach(IDisposable stream)
        {
            lock (_cancellation)
            {
                if (!_disposed)
                {
                    _stream = stream;
                    return;
                }
            }
            stream.Dispose();
        }

        public void Dispose()
        {
            lock (_cancellation)
            {
                if (_disposed)
                    return;
                _disposed = true;
            }
            _cancellation.Cancel();
            _stream?.Dispose();
        }
    }

    private sealed class StreamObserver(GraphQLWebSocketConnection connection, string id) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (connection._operations.ContainsKey(id))
                connection.SendNext(id, value);
        }

        public void OnError(Exception error)
        {
            if (connection._operations.TryRemove(id, out var operation))
            {
                connection.LogSubscriptionFailed(error, id);
                connection.Send(new OperationMessage { Id = id, Type = MessageTypes.Error, Payload = new[] { new { message = "The subscription ended with an internal error.", extensions = new { code = ErrorCodes.InternalServerError } } } });
                operation.Dispose();
            }
        }

        public void OnCompleted()
        {
            if (connection._operations.TryRemove(id, out var operation))
            {
                connection.Send(new OperationMessage { Id = id, Type = MessageTypes.Complete });
                operation.Dispose();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A WebSocket connection failed.")]
    private partial void LogConnectionFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Operation {Id} failed on a WebSocket connection.")]
    private partial void LogOperationFailed(Exception error, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing a WebSocket client that fell behind: {Bytes} bytes waiting, at most {Max} messages or {MaxBytes} bytes.")]
    private partial void LogFellBehind(long bytes, int max, long maxBytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropping a WebSocket client that read nothing for {Timeout}.")]
    private partial void LogReadNothing(TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription {Id} ended with an error.")]
    private partial void LogSubscriptionFailed(Exception error, string id);
}
