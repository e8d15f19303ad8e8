using System.Net.Http.Headers;
using System.Text;
using NamDinh.Graph.Api.Tests.Auth;
using NamDinh.Graph.Api.Tests.Limits;

namespace NamDinh.Graph.Api.Tests.Clients;

/// <summary>
/// WebSockets:MaxConnectionsPerClient (here 1) caps a client's WebSockets and event streams together: while it holds
/// a WebSocket, an event stream is refused 429 TOO_MANY_CONNECTIONS, and while it holds an event stream, a WebSocket.
/// </summary>
public sealed class AnEventStreamCountsAgainstTheClientsConnectionCap(AnEventStreamCountsAgainstTheClientsConnectionCap.Server server)
    : IClassFixture<AnEventStreamCountsAgainstTheClientsConnectionCap.Server>
{
    public sealed class Server() : ConfiguredApi(("WebSockets:MaxConnectionsPerClient", "1"));

    [Fact]
    public async Task A_WebSocket_and_an_event_stream_share_one_cap()
    {
        using var anonymous = server.Factory.ClientWith(null);
        var socket = await GraphQLSocket.ConnectAsync(server.Server);
        await server.AdminHttp.WaitForWebSocketsAsync(1);

        using (var refused = await OpenEventStreamAsync(anonymous))
        {
            Assert.Equal(429, (int)refused.StatusCode);
            Assert.Contains("\"TOO_MANY_CONNECTIONS\"", await refused.Content.ReadAsStringAsync());
        }

        await socket.DisposeAsync();
        await server.AdminHttp.WaitForWebSocketsAsync(0);
        using var stream = await OpenEventStreamAsync(anonymous);
        Assert.Equal(200, (int)stream.StatusCode);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);

        var upgrade = await Assert.ThrowsAnyAsync<Exception>(() => GraphQLSocket.OpenAsync(server.Server));
        Assert.Contains("429", upgrade.Message);
    }

    private static Task<HttpResponseMessage> OpenEventStreamAsync(HttpClient http)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"subscription { reportChanged(province: \"nam-dinh\", year: 2021) { version } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
