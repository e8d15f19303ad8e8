using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.WebSockets;

/// <summary>
/// The server reads a client's message into a buffer from the shared pool, first a small one, then larger ones as the
/// message needs: a subscribe many times longer than the first buffer is read whole and answered, one after another on
/// the same socket; an empty message is not JSON (4400).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class MessagesAreReadWholeWhateverTheirLength(ApiFactory api)
{
    [Fact]
    public async Task Subscribes_of_40_KB_and_of_a_few_bytes_are_each_answered()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(api.Server);

        foreach (var (id, bytes) in new[] { ("1", 40_000), ("2", 120), ("3", 9_000) })
        {
            socket.Expect(id);
            await socket.SendTextAsync(SubscribeOf(id, bytes));
            var answered = await socket.NextOfAsync(id);
            Assert.Equal("next", answered["type"]!.GetValue<string>());
            Assert.NotEmpty(answered["payload"]!["data"]!["units"]!.AsArray());
        }
    }

    [Fact]
    public async Task An_empty_message_closes_with_4400()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(api.Server);

        await socket.SendTextAsync("");
        var (code, _) = await socket.ClosedAsync();

        Assert.Equal(4400, code);
    }

    private static string SubscribeOf(string id, int bytes)
    {
        var text = new JsonObject { ["id"] = id, ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = "{ units { code } }" } }.ToJsonString();
        var at = text.IndexOf("{ units", StringComparison.Ordinal) + 1;
        return text[..at] + new string(' ', bytes - text.Length) + text[at..];
    }
}
