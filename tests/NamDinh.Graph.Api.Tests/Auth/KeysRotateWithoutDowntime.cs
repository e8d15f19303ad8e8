using Microsoft.IdentityModel.JsonWebTokens;
using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Tests.Limits;

namespace NamDinh.Graph.Api.Tests.Auth;

/// <summary>
/// Signing keys rotate without downtime: the server signs with Auth:SigningKey under Auth:SigningKeyId and still
/// accepts the tokens of the keys in Auth:PreviousSigningKeys, each by the id (kid) its tokens carry; a token of a key
/// it does not hold is 401.
/// </summary>
public sealed class KeysRotateWithoutDowntime(KeysRotateWithoutDowntime.Server server) : IClassFixture<KeysRotateWithoutDowntime.Server>
{
    private const string OldKey = "the-previous-signing-key-of-the-rotation-test-0123456789";
    private const string UnknownKey = "a-signing-key-this-server-never-held-0123456789-abcdef";
    private const string Query = "mutation { createReport(input: { province: \"ha-nam\", year: 2090, dryRun: true }) { applied } }";

    public sealed class Server() : ConfiguredApi(("Auth:SigningKeyId", "2026-12"), ("Auth:PreviousSigningKeys:2026-06", OldKey));

    [Fact]
    public async Task A_token_of_the_current_key_carries_its_id_and_is_accepted()
    {
        var token = ApiFactory.AdminToken;
        var issued = new TokenIssuer(new AuthOptions { SigningKey = ApiFactory.SigningKey, SigningKeyId = "2026-12" }, TimeProvider.System)
            .Issue("rotation-admin", [Roles.Admin], []);

        Assert.Equal("2026-12", new JsonWebToken(issued).Kid);
        Assert.Empty((await server.Factory.GraphQLWith(issued).PostAsync(Query)).Errors);
        Assert.Empty((await server.Factory.GraphQLWith(token).PostAsync(Query)).Errors);
    }

    [Fact]
    public async Task A_token_of_the_previous_key_is_still_accepted()
    {
        var old = new TokenIssuer(new AuthOptions { SigningKey = OldKey, SigningKeyId = "2026-06" }, TimeProvider.System).Issue("old-admin", [Roles.Admin], []);

        var answer = await server.Factory.GraphQLWith(old).PostAsync(Query);

        Assert.True(answer.Errors.Count == 0, answer.Text);
    }

    [Fact]
    public async Task A_token_of_a_key_the_server_does_not_hold_is_401()
    {
        var forged = new TokenIssuer(new AuthOptions { SigningKey = UnknownKey, SigningKeyId = "2026-06" }, TimeProvider.System).Issue("forger", [Roles.Admin], []);

        var answer = await server.Factory.GraphQLWith(forged).PostAsync(Query);

        Assert.Equal(401, answer.Status);
        Assert.Equal("UNAUTHENTICATED", answer.FirstErrorCode);
    }
}
