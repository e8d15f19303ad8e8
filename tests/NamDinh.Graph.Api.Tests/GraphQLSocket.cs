using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.TestHost;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// A graphql-transport-ws client for the tests, on an in-process server: it sends whatever
/// connection_init payload a test gives (a token, or none), sorts the server's messages by operation id, answers
/// pings, and tells the close code the server closed with. Every wait is bounded.
/// </summary>
public sealed class GraphQLSocket : IAsyncDisposable
{
    public const string Subprotocol = "graphql-transport-ws";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly WebSocket _socket;
    private readonly Channel<JsonObject> _connectionMessages = Channel.CreateUnbounded<JsonObject>();
    private readonly ConcurrentDictionary<string, Channel<JsonObject>> _operations = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<(int? Code, string? Reason)> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _receiving;
    private int _lastId;
    private int _disposed;

    private GraphQLSocket(WebSocket socket)
    {
        _socket = socket;
        _receiving = ReceiveAsync();
    }

    /// <summary>Opens a socket with the graphql-transport-ws subprotocol; sends nothing yet.</summary>
    public static async Task<GraphQLSocket> OpenAsync(TestServer server)
    {
        var client = server.CreateWebSocketClient();
        client.SubProtocols.Add(Subprotocol);
        using var timeout = new CancellationTokenSource(Timeout);
        var socket = await client.ConnectAsync(new Uri(server.BaseAddress, "graphql"), timeout.Token);
        Assert.Equal(Subprotocol, socket.SubProtocol);
        return new GraphQLSocket(socket);
    }

    /// <summary>Opens a socket and initialises it with <paramref name="payload"/>, expecting connection_ack.</summary>
    public static async Task<GraphQLSocket> ConnectAsync(TestServer server, JsonObject? payload = null)
    {
        var socket = await OpenAsync(server);
        await socket.InitAsync(payload);
        var ack = await socket.NextConnectionMessageAsync();
        Assert.True(ack["type"]?.GetValue<string>() == "connection_ack", $"Expected connection_ack, got {ack.ToJsonString()}");
        return socket;
    }

    /// <summary>The connection_init payload that carries <paramref name="token"/> as the README says: {"token": "…"}.</summary>
    public static JsonObject WithToken(string token) => new() { ["token"] = token };

    /// <summary>The other payload the README allows: {"Authorization": "Bearer …"}.</summary>
    public static JsonObject WithAuthorization(string token) => new() { ["Authorization"] = $"Bearer {token}" };

    public Task InitAsync(JsonObject? payload) =>
        SendAsync(payload is null
            ? new JsonObject { ["type"] = "connection_init" }
            : new JsonObject { ["type"] = "connection_init", ["payload"] = payload.DeepClone() });

    /// <summary>Sends subscribe for <paramref name="query"/> and answers the operation's id.</summary>
    public async Task<string> SubscribeAsync(string query, object? variables = null)
    {
        var id = Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);
        _operations[id] = Channel.CreateUnbounded<JsonObject>();
        await SendAsync(new JsonObject
        {
            ["id"] = id,
            ["type"] = "subscribe",
            ["payload"] = new JsonObject { ["query"] = query, ["variables"] = JsonSerializer.SerializeToNode(variables, JsonSerializerOptions.Web) },
        });
        return id;
    }

    /// <summary>Expects messages for operation <paramref name="id"/> of a subscribe the test sends itself (<see cref="SendTextAsync"/>).</summary>
    public void Expect(string id) => _operations[id] = Channel.CreateUnbounded<JsonObject>();

    public Task CompleteAsync(string id) => SendAsync(new JsonObject { ["id"] = id, ["type"] = "complete" });

    /// <summary>The next message of operation <paramref name="id"/>: next, error or complete.</summary>
    public Task<JsonObject> NextOfAsync(string id) => ReadAsync(_operations[id], $"a message for operation {id}");

    /// <summary>The payload of the next message of operation <paramref name="id"/>, which must be "next".</summary>
    public async Task<JsonNode> NextResultOfAsync(string id)
    {
        var message = await NextOfAsync(id);
        Assert.True(message["type"]?.GetValue<string>() == "next", $"Expected 'next' for operation {id}, got {message.ToJsonString()}");
        return message["payload"]!;
    }

    /// <summary>The data of the next event of operation <paramref name="id"/>, which must be "next" without errors.</summary>
    public async Task<JsonNode> NextDataOfAsync(string id)
    {
        var payload = await NextResultOfAsync(id);
        Assert.True(payload["errors"] is null, $"An event with errors for operation {id}: {payload.ToJsonString()}");
        return payload["data"]!;
    }

    /// <summary>Whether operation <paramref name="id"/> has a message waiting, within <paramref name="wait"/>.</summary>
    public async Task<bool> HasMessageForAsync(string id, TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            return await _operations[id].Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public Task<JsonObject> NextConnectionMessageAsync() => ReadAsync(_connectionMessages, "a connection message");

    /// <summary>Sends a ping and waits for the pong: the connection is open and answering.</summary>
    public async Task PingAsync()
    {
        await SendAsync(new JsonObject { ["type"] = "ping" });
        var pong = await NextConnectionMessageAsync();
        Assert.Equal("pong", pong["type"]?.GetValue<string>());
    }

    /// <summary>The close code and reason the server closed the socket with, waiting for it.</summary>
    public async Task<(int? Code, string? Reason)> ClosedAsync()
    {
        var closed = await Task.WhenAny(_closed.Task, Task.Delay(Timeout));
        if (closed != _closed.Task)
            throw new TimeoutException($"The server did not close the socket within {Timeout.TotalSeconds:0} s.");
        return await _closed.Task;
    }

    public bool IsOpen => _socket.State == WebSocketState.Open && !_closed.Task.IsCompleted;

    public async Task SendAsync(JsonObject message) => await SendTextAsync(message.ToJsonString());

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _sending.WaitAsync(timeout.Token);
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Closes the socket (normal closure) and waits for the server's answer; a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(Timeout);
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
        await Task.WhenAny(_receiving, Task.Delay(Timeout));
        await _stop.CancelAsync();
        await _receiving;
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task<JsonObject> ReadAsync(Channel<JsonObject> messages, string awaited)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            return await messages.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No {awaited} within {Timeout.TotalSeconds:0} s.");
        }
        catch (ChannelClosedException)
        {
            var (code, reason) = _closed.Task.IsCompleted ? await _closed.Task : (null, null);
            throw new InvalidOperationException($"The server closed the socket before {awaited}: {code} {reason}");
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    _closed.TrySetResult(((int?)_socket.CloseStatus, _socket.CloseStatusDescription));
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
        }
        finally
        {
            _closed.TrySetResult((null, "the socket ended without a close frame"));
            _connectionMessages.Writer.TryComplete();
            foreach (var operation in _operations.Values)
                operation.Writer.TryComplete();
        }
    }
}

/// <summary>What the auth and limit tests ask of a server besides GraphQL: its /status counts, and reports of their own.</summary>
public static class ServerProbes
{
    /// <summary>Waits until the server holds <paramref name="count"/> subscriptions, as GET /status tells an admin.</summary>
    public static Task WaitForSubscriptionsAsync(this HttpClient http, int count) =>
        WaitForStatusAsync(http, "activeSubscriptions", count);

    /// <summary>Waits until the server holds <paramref name="count"/> WebSocket connections, as GET /status tells an admin.</summary>
    public static Task WaitForWebSocketsAsync(this HttpClient http, int count) =>
        WaitForStatusAsync(http, "webSocketConnections", count);

    /// <summary>GET /status as an admin (only an admin reads its counts), whatever token <paramref name="http"/> sends by default.</summary>
    public static async Task<JsonObject> AdminStatusAsync(this HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/status");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiFactory.AdminToken);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task WaitForStatusAsync(HttpClient http, string name, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        int now;
        while ((now = CountOf(await http.AdminStatusAsync(), name)) != count)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"/status {name} stayed {now}, not {count}.");
            await Task.Delay(25);
        }
    }

    private static int CountOf(JsonObject status, string name) =>
        status[name]?.GetValue<int>() ?? throw new InvalidOperationException($"/status has no {name}: {status.ToJsonString()}");

    /// <summary>The report's version, or null when there is no such report.</summary>
    public static async Task<int?> VersionOfAsync(this GraphQLClient admin, string province, int year)
    {
        var answer = await admin.PostAsync("query($p: String!, $y: Int!) { report(province: $p, year: $y) { version } }", new { p = province, y = year });
        if (answer.FirstErrorCode == "NOT_FOUND")
            return null;
        Assert.True(answer.Errors.Count == 0, $"The report {province} {year} could not be read: {answer.Text}");
        return answer.Data!["report"]!["version"]!.GetValue<int>();
    }

    /// <summary>Creates the report (synthetic) as the admin, and answers its version (1).</summary>
    public static async Task<int> CreateReportAsync(this GraphQLClient admin, string province, int year)
    {
        var answer = await admin.PostAsync(
            "mutation($input: CreateReportInput!) { createReport(input: $input) { version } }",
            new { input = new { province, year, synthetic = true } });
        Assert.True(answer.Errors.Count == 0, $"The report {province} {year} could not be created: {answer.Text}");
        return answer.Data!["createReport"]!["version"]!.GetValue<int>();
    }

    /// <summary>The setIndicator mutation the auth tests make: a news-item count, variables $p, $y and $value.</summary>
    public const string SetNewsItems = """
        mutation Set($p: String!, $y: Int!, $value: Decimal!, $dryRun: Boolean! = false) {
          setIndicator(input: { province: $p, year: $y, code: "press.news-items", value: $value, dryRun: $dryRun, reason: "auth test" }) { applied version }
        }
        """;
}
