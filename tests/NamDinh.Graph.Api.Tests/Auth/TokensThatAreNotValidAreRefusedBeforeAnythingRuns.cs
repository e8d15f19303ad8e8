using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NamDinh.Graph.Api.Auth;

namespace NamDinh.Graph.Api.Tests.Auth;

/// <summary>
/// A token that is not valid (expired, not yet valid, signed with another key or algorithm, unsigned, of another
/// issuer or audience, not a token at all) or an Authorization header of another scheme is answered HTTP 401
/// UNAUTHENTICATED with "WWW-Authenticate: Bearer" before anything runs: even an admin's claims in it change
/// nothing. The tokens here all claim to be an admin's, and the mutation creates Nam Định's 2041 report.
/// </summary>
[Collection(AuthServerCollection.Name)]
public sealed class TokensThatAreNotValidAreRefusedBeforeAnythingRuns(ApiFactory api)
{
    private const int Year = 2041;

    private static readonly string[] Admin = [Roles.Admin];

    private static string TokenOf(string why) => why switch
    {
        "expired an hour ago" => Issue(new AuthOptions { SigningKey = ApiFactory.SigningKey }, DateTimeOffset.UtcNow.AddHours(-2), TimeSpan.FromHours(1)),
        "not valid for another hour" => Issue(new AuthOptions { SigningKey = ApiFactory.SigningKey }, DateTimeOffset.UtcNow.AddHours(1), TimeSpan.FromHours(1)),
        "signed with another key" => Issue(new AuthOptions { SigningKey = "another-key-of-at-least-thirty-two-bytes-0123456789" }),
        "of another issuer" => Issue(new AuthOptions { SigningKey = ApiFactory.SigningKey, Issuer = "someone-else" }),
        "for another audience" => Issue(new AuthOptions { SigningKey = ApiFactory.SigningKey, Audience = "someone-else" }),
        "signed with HS384" => SignedWith(SecurityAlgorithms.HmacSha384, Encoding.UTF8.GetBytes(ApiFactory.SigningKey)),
        "unsigned (alg none)" => Unsigned(),
        "with its signature taken off" => string.Join('.', ApiFactory.AdminToken.Split('.')[..2]) + ".",
        "with its payload changed" => Tampered(),
        "garbage" => "this-is-not-a-token",
        "empty after Bearer" => "",
        _ => throw new ArgumentOutOfRangeException(nameof(why)),
    };

    [Theory]
    [InlineData("expired an hour ago")]
    [InlineData("not valid for another hour")]
    [InlineData("signed with another key")]
    [InlineData("of another issuer")]
    [InlineData("for another audience")]
    [InlineData("signed with HS384")]
    [InlineData("unsigned (alg none)")]
    [InlineData("with its signature taken off")]
    [InlineData("with its payload changed")]
    [InlineData("garbage")]
    [InlineData("empty after Bearer")]
    public async Task A_bearer_token_that_is_not_valid_is_401_and_nothing_runs(string why)
    {
        using var request = Mutation();
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {TokenOf(why)}");

        await AssertRefusedAsync(request, why);
    }

    [Theory]
    [InlineData("Basic dGVzdC1hZG1pbjpzZWNyZXQ=")]
    [InlineData("Token abc")]
    [InlineData("bearer")]
    public async Task An_authorization_header_of_another_scheme_is_401_and_nothing_runs(string header)
    {
        using var request = Mutation();
        request.Headers.TryAddWithoutValidation("Authorization", header);

        await AssertRefusedAsync(request, header);
    }

    [Fact]
    public async Task An_expired_token_is_told_so()
    {
        using var request = Mutation();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
            Issue(new AuthOptions { SigningKey = ApiFactory.SigningKey }, DateTimeOffset.UtcNow.AddHours(-2), TimeSpan.FromHours(1)));

        var answer = await AssertRefusedAsync(request, "expired");

        Assert.Contains("expired", answer.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_query_with_a_token_that_is_not_valid_is_401_too_over_POST_and_GET()
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent("{ units { code } }") };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "garbage");
        using var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ units { code } }"));
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "garbage");
        var http = api.ClientWith(null);

        foreach (var request in new[] { post, get })
        {
            using var response = await http.SendAsync(request);
            var answer = await GraphQLAnswer.ReadAsync(response);
            Assert.Equal(401, answer.Status);
            Assert.Equal("UNAUTHENTICATED", answer.FirstErrorCode);
            Assert.Null(answer.Data);
        }
    }

    [Fact]
    public async Task A_valid_token_signed_alike_is_accepted()
    {
        // The control: the same kind of request with the test server's own admin token creates the report.
        const int year = 2045;
        using var request = Mutation(year);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Issue(new AuthOptions { SigningKey = ApiFactory.SigningKey }));

        using var response = await api.ClientWith(null).SendAsync(request);
        var answer = await GraphQLAnswer.ReadAsync(response);

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.Equal(1, await new GraphQLClient(api.CreateClient()).VersionOfAsync("nam-dinh", year));
    }

    private async Task<GraphQLAnswer> AssertRefusedAsync(HttpRequestMessage request, string why)
    {
        using var response = await api.ClientWith(null).SendAsync(request);
        var answer = await GraphQLAnswer.ReadAsync(response);

        Assert.True(answer.Status == 401, $"{why}: {answer.Status} {answer.Text}");
        Assert.Equal("UNAUTHENTICATED", answer.FirstErrorCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Null(answer.Data);
        Assert.Single(answer.Errors);
        Assert.Null(await new GraphQLClient(api.CreateClient()).VersionOfAsync("nam-dinh", Year));
        return answer;
    }

    private static HttpRequestMessage Mutation(int year = Year)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent($$"""mutation { createReport(input: { province: "nam-dinh", year: {{year}}, synthetic: true }) { version } }"""),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLClient.GraphQLResponseJson));
        return request;
    }

    private static StringContent JsonContent(string query) =>
        new(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json");

    private static string Issue(AuthOptions options, DateTimeOffset? now = null, TimeSpan? lifetime = null) =>
        new TokenIssuer(options, new FixedClock(now ?? DateTimeOffset.UtcNow)).Issue("intruder", Admin, [], lifetime);

    private static string SignedWith(string algorithm, byte[] key) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "namdinh-graph",
            Audience = "namdinh-graph",
            Subject = new ClaimsIdentity([new Claim("sub", "intruder"), new Claim("role", Roles.Admin)]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), algorithm),
        });

    private static string Unsigned()
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var payload = Base64UrlEncoder.Encode($$"""{"sub":"intruder","role":"admin","iss":"namdinh-graph","aud":"namdinh-graph","exp":{{exp}}}""");
        return $"{header}.{payload}.";
    }

    /// <summary>A reader's token whose payload is swapped for an admin's, keeping the reader's signature.</summary>
    private static string Tampered()
    {
        var reader = ApiFactory.Token("intruder", [Roles.Reader]).Split('.');
        var admin = ApiFactory.Token("intruder", [Roles.Admin]).Split('.');
        return $"{reader[0]}.{admin[1]}.{reader[2]}";
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
