using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Api.Transport.WebSockets;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// When the server fails on its own side while handling a client's message, the client is told so with 4500
/// ("Internal server error") and no detail. Provoked here by a connection check that throws.
/// </summary>
public sealed class AnInternalErrorClosesWith4500 : IAsyncLifetime
{
    private readonly ApiFactory _api = new();
    private WebApplicationFactoryWithFailingCheck _failing = null!;

    public Task InitializeAsync()
    {
        _failing = new WebApplicationFactoryWithFailingCheck(_api);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _failing.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task A_failing_connection_check_closes_the_socket_with_4500()
    {
        var client = _failing.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var socket = await client.ConnectAsync(new Uri(_failing.Server.BaseAddress, "graphql"), CancellationToken.None);

        await socket.SendAsync(Encoding.UTF8.GetBytes("""{"type":"connection_init"}"""), WebSocketMessageType.Text, true, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var received = await socket.ReceiveAsync(new byte[1024], timeout.Token);

        Assert.Equal(WebSocketMessageType.Close, received.MessageType);
        Assert.Equal(4500, (int)socket.CloseStatus!);
        Assert.Equal("Internal server error", socket.CloseStatusDescription);
    }

    /// <summary>The API host with a connection check that fails as a broken dependency would.</summary>
    private sealed class WebApplicationFactoryWithFailingCheck(ApiFactory api) : IAsyncDisposable
    {
        private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory = api.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IConnectionAuthorizer, FailingCheck>()));

        public TestServer Server => _factory.Server;

        public ValueTask DisposeAsync() => _factory.DisposeAsync();
    }

    private sealed class FailingCheck : IConnectionAuthorizer
    {
        public ValueTask<bool> AuthorizeAsync(HttpContext http, JsonElement? payload) =>
            throw new InvalidOperationException("The token service is unreachable.");
    }
}
