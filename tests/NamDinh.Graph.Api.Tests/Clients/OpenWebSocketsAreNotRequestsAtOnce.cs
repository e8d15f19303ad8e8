using System.Net.WebSockets;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NamDinh.Graph.Api.Tests.Clients;

/// <summary>
/// A WebSocket holds its upgrade request for its whole life, so it does not count against the requests a client may
/// have answered at once (RateLimit:MaxConcurrentRequests, here 2): it has its own cap. On a real Kestrel server,
/// where the limiter runs before the WebSocket middleware has said the request is one (the benchmark's 1,000
/// subscribers were refused 429 after the 256th).
/// </summary>
public sealed class OpenWebSocketsAreNotRequestsAtOnce : IAsyncLifetime
{
    private readonly ApiFactory _api = new();
    private WebApplicationFactory<Program> _factory = null!;

    public Task InitializeAsync()
    {
        _factory = _api.WithWebHostBuilder(builder => builder.UseSetting("RateLimit:MaxConcurrentRequests", "2"));
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
    public async Task Five_open_WebSockets_of_one_client_are_all_accepted_and_a_query_still_runs()
    {
        var uri = new UriBuilder(_factory.CreateClient().BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri;
        var sockets = new List<ClientWebSocket>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                var socket = new ClientWebSocket();
                socket.Options.AddSubProtocol(GraphQLSocket.Subprotocol);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await socket.ConnectAsync(uri, timeout.Token);
                sockets.Add(socket);
            }

            var answer = await new GraphQLClient(_factory.CreateClient()).PostAsync("{ __typename }");

            Assert.All(sockets, socket => Assert.Equal(WebSocketState.Open, socket.State));
            Assert.Empty(answer.Errors);
        }
        finally
        {
            foreach (var socket in sockets)
                socket.Dispose();
        }
    }
}
