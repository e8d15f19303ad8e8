using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// WebSockets:MaxConnectionsPerClient (here 2) is how many WebSockets one client address may hold: one more upgrade is
/// refused before it happens, HTTP 429 TOO_MANY_CONNECTIONS; once the client closes one, a new one is accepted.
/// </summary>
public sealed class MaxConnectionsPerClientRefusesTheNextUpgrade(MaxConnectionsPerClientRefusesTheNextUpgrade.Server server)
    : IClassFixture<MaxConnectionsPerClientRefusesTheNextUpgrade.Server>
{
    public sealed class Server() : ConfiguredApi(("WebSockets:MaxConnectionsPerClient", "2"));

    [Fact]
    public async Task The_third_upgrade_is_429_and_after_one_closes_a_new_one_is_accepted()
    {
        var first = await GraphQLSocket.ConnectAsync(server.Server);
        await using var second = await GraphQLSocket.ConnectAsync(server.Server);
        await server.AdminHttp.WaitForWebSocketsAsync(2);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => GraphQLSocket.OpenAsync(server.Server));
        Assert.Contains("429", refused.Message);
        var (status, body) = await UpgradeAsync();
        Assert.Equal(429, status);
        Assert.Contains("\"TOO_MANY_CONNECTIONS\"", body);
        Assert.Contains("2 streaming connections", body);
        await second.PingAsync();

        await first.DisposeAsync();
        await server.AdminHttp.WaitForWebSocketsAsync(1);
        await using var third = await GraphQLSocket.ConnectAsync(server.Server);
        await third.PingAsync();
        await server.AdminHttp.WaitForWebSocketsAsync(2);
    }

    /// <summary>
    /// Asks for an upgrade as the test server's WebSocket client does and answers the status and body the server
    /// gave instead of accepting (the test client shows only the status of a refused upgrade).
    /// </summary>
    private async Task<(int Status, string Body)> UpgradeAsync()
    {
        var context = await server.Server.SendAsync(http =>
        {
            http.Request.Method = "GET";
            http.Request.Path = "/graphql";
            http.Request.Headers["Sec-WebSocket-Protocol"] = GraphQLSocket.Subprotocol;
            http.Features.Set<IHttpWebSocketFeature>(new RefusedUpgrade());
        });
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, await reader.ReadToEndAsync());
    }

    private sealed class RefusedUpgrade : IHttpWebSocketFeature
    {
        public bool IsWebSocketRequest => true;

        public Task<WebSocket> AcceptAsync(WebSocketAcceptContext context) =>
            throw new InvalidOperationException("The server accepted an upgrade over the limit.");
    }
}
