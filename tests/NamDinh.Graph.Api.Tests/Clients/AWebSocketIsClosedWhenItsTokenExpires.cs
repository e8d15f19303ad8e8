using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Tests.Limits;

namespace NamDinh.Graph.Api.Tests.Clients;

/// <summary>A WebSocket runs as its token's holder only while the token is valid: when it expires, the socket is closed 4403.</summary>
public sealed class AWebSocketIsClosedWhenItsTokenExpires(AWebSocketIsClosedWhenItsTokenExpires.Server server)
    : IClassFixture<AWebSocketIsClosedWhenItsTokenExpires.Server>
{
    public sealed class Server() : ConfiguredApi();

    [Fact]
    public async Task The_socket_is_closed_4403_at_the_tokens_expiry()
    {
        var issuer = new TokenIssuer(new AuthOptions { SigningKey = ApiFactory.SigningKey }, TimeProvider.System);
        var token = issuer.Issue("short-lived", [Roles.Partner], [], TimeSpan.FromSeconds(3));
        await using var socket = await GraphQLSocket.ConnectAsync(server.Server, GraphQLSocket.WithToken(token));
        await socket.PingAsync();

        var (code, reason) = await socket.ClosedAsync();

        Assert.Equal(4403, code);
        Assert.Contains("expired", reason);
    }
}
