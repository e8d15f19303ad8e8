using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NamDinh.Graph.Api.Tests.Clients;

/// <summary>
/// A WebSocket client that stops reading while its answers pile up is closed 1013 once more than
/// WebSockets:MaxQueuedBytes (here 64 KiB) wait for it. On a real Kestrel server, with a client socket whose
/// receive buffer is small, since only there does a client that reads nothing hold a send back.
/// </summary>
public sealed class ANonReadingWebSocketIsClosedWith1013 : IAsyncLifetime
{
    private const string FullReport = """{"documentId":"Report","variables":{"province":"nam-dinh","year":2021}}""";

    private readonly ApiFactory _api = new();
    private WebApplicationFactory<Program> _factory = null!;

    public Task InitializeAsync()
    {
        _factory = _api.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("WebSockets:MaxQueuedBytes", "65536");
            builder.UseSetting("SlowReaders:WriteTimeout", "00:01:00");
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Answers_piling_up_unread_close_the_socket_with_1013()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Contains("connection_ack", await ReceiveTextAsync(socket));

        // Each answer is the whole Nam Định report, about 36 KB; none is read for a while.
        for (var id = 1; id <= 150; id++)
            await SendAsync(socket, "{\"id\":\"" + id + "\",\"type\":\"subscribe\",\"payload\":" + FullReport + "}");
        await Task.Delay(500);

        var closed = await ReadUntilClosedAsync(socket);

        Assert.Equal((WebSocketCloseStatus)1013, closed);
        Assert.Contains("Too slow", socket.CloseStatusDescription);
    }

    private async Task<ClientWebSocket> ConnectAsync()
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(GraphQLSocket.Subprotocol);
        using var handler = new SocketsHttpHandler
        {
            // A small receive buffer: what the client does not read stays on the server.
            ConnectCallback = async (context, cancellation) =>
            {
                var tcp = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096, NoDelay = true };
                await tcp.ConnectAsync(context.DnsEndPoint, cancellation);
                return new NetworkStream(tcp, ownsSocket: true);
            },
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var uri = new UriBuilder(_factory.CreateClient().BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri;
        await socket.ConnectAsync(uri, new HttpMessageInvoker(handler, disposeHandler: false), timeout.Token);
        return socket;
    }

    private static async Task SendAsync(WebSocket socket, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    private static async Task<string> ReceiveTextAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        var received = await socket.ReceiveAsync(buffer, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, received.Count);
    }

    private static async Task<WebSocketCloseStatus?> ReadUntilClosedAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
                return received.CloseStatus;
        }
    }
}
