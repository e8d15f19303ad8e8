using NamDinh.Graph.Api.Tests.Limits;
using static NamDinh.Graph.Api.Tests.Auth.TestTokens;

namespace NamDinh.Graph.Api.Tests.Auth;

/// <summary>
/// A server without Auth:SigningKey accepts no token: it serves reads, refuses every change (UNAUTHENTICATED) and
/// answers any token 401, saying it has no key. A key shorter than 32 bytes stops the server from starting, with a
/// message naming the setting.
/// </summary>
public sealed class WithoutAUsableSigningKeyNoTokenIsAccepted(WithoutAUsableSigningKeyNoTokenIsAccepted.Server server) : IClassFixture<WithoutAUsableSigningKeyNoTokenIsAccepted.Server>
{
    public sealed class Server() : ConfiguredApi(("Auth:SigningKey", ""));

    [Fact]
    public async Task Reads_are_served()
    {
        var answer = await server.Factory.GraphQLWith(null).PostAsync("""{ report(province: "nam-dinh", year: 2021) { version } }""");

        Assert.True(answer.Errors.Count == 0, answer.Text);
    }

    [Fact]
    public async Task A_change_without_a_token_is_UNAUTHENTICATED()
    {
        var answer = await server.Factory.GraphQLWith(null).PostAsync(
            "mutation($input: CreateReportInput!) { createReport(input: $input) { version } }",
            new { input = new { province = "nam-dinh", year = 2031, synthetic = true } });

        Assert.Equal("UNAUTHENTICATED", answer.FirstErrorCode);
        Assert.Equal("NOT_FOUND", (await server.Factory.GraphQLWith(null).PostAsync("""{ report(province: "nam-dinh", year: 2031) { version } }""")).FirstErrorCode);
    }

    [Fact]
    public async Task Any_token_even_one_of_the_usual_key_is_401_saying_the_server_has_no_key()
    {
        var answer = await server.Factory.GraphQLWith(ApiFactory.AdminToken).PostAsync("{ units { code } }");

        Assert.Equal(401, answer.Status);
        Assert.Equal("UNAUTHENTICATED", answer.FirstErrorCode);
        Assert.Contains("no signing key", answer.Errors[0].Text("message"));
    }

    [Fact]
    public async Task Over_a_WebSocket_any_token_is_closed_with_4403()
    {
        await using var socket = await GraphQLSocket.OpenAsync(server.Server);

        await socket.InitAsync(GraphQLSocket.WithToken(Partner()));

        Assert.Equal(4403, (await socket.ClosedAsync()).Code);
    }

    [Fact]
    public async Task A_key_shorter_than_32_bytes_stops_the_server_with_a_message()
    {
        await using var api = new ApiFactory();
        await using var factory = api.WithWebHostBuilder(builder => builder.UseSetting("Auth:SigningKey", "0123456789abcdef0123456789abcde"));

        var failure = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("Auth:SigningKey is 31 bytes; it must be at least 32", failure.ToString());
    }
}
