using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// WebSockets:MaxMessageBytes (here 1024) is the largest message a WebSocket client may send: one byte more closes the
/// socket with 1009 (message too big), before connection_init as after it; a message of exactly the limit is taken.
/// </summary>
public sealed class MaxMessageBytesClosesWith1009(MaxMessageBytesClosesWith1009.Server server) : IClassFixture<MaxMessageBytesClosesWith1009.Server>
{
    public sealed class Server() : ConfiguredApi(("WebSockets:MaxMessageBytes", "1024"));

    [Fact]
    public async Task A_connection_init_of_exactly_the_limit_is_acknowledged()
    {
        await using var socket = await GraphQLSocket.OpenAsync(server.Server);

        await socket.SendTextAsync(InitOf(1024));

        Assert.Equal("connection_ack", (await socket.NextConnectionMessageAsync())["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_connection_init_one_byte_over_closes_with_1009()
    {
        await using var socket = await GraphQLSocket.OpenAsync(server.Server);

        await socket.SendTextAsync(InitOf(1025));
        var (code, reason) = await socket.ClosedAsync();

        Assert.Equal(1009, code);
        Assert.Contains("1024 bytes", reason);
    }

    [Fact]
    public async Task A_subscribe_over_the_limit_closes_with_1009_and_one_at_it_is_answered()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(server.Server);

        socket.Expect("1");
        await socket.SendTextAsync(SubscribeOf("1", 1024));
        var answered = await socket.NextOfAsync("1");
        await socket.SendTextAsync(SubscribeOf("2", 1025));
        var (code, _) = await socket.ClosedAsync();

        Assert.Equal("next", answered["type"]!.GetValue<string>());
        Assert.Equal(1009, code);
    }

    private static string InitOf(int bytes) => Padded(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["padding"] = "" } }, bytes);

    private static string SubscribeOf(string id, int bytes) =>
        Padded(new JsonObject { ["id"] = id, ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = "{ units { code } }" } }, bytes);

    /// <summary>The message with spaces added to its text (inside its query, or its payload's padding) to <paramref name="bytes"/> bytes.</summary>
    private static string Padded(JsonObject message, int bytes)
    {
        var text = message.ToJsonString();
        var at = text.Contains("\"padding\":\"\"") ? text.IndexOf("\"padding\":\"\"", StringComparison.Ordinal) + "\"padding\":\"".Length : text.IndexOf("{ units", StringComparison.Ordinal) + 1;
        var padded = text[..at] + new string(' ', bytes - text.Length) + text[at..];
        Assert.Equal(bytes, System.Text.Encoding.UTF8.GetByteCount(padded));
        return padded;
    }
}
