using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using NamDinh.Graph.Api.Auth;

namespace NamDinh.Graph.Api.Tests.Auth;

/// <summary>
/// The server's token command (<c>token --role … [--province …] [--subject …] [--lifetime …]</c>, what
/// scripts/token.sh runs) prints a token signed with the configured key that the server takes with the roles and
/// provinces it names, and exits 0; a wrong command line or a missing or unusable key exits 2 with a message on
/// stderr and nothing on stdout, never a stack trace. Works on the 2048 reports.
/// </summary>
[Collection(AuthServerCollection.Name)]
public sealed class TheTokenCommandIssuesTokensTheServerAccepts(ApiFactory api)
{
    private const int Year = 2048;

    [Fact]
    public async Task An_editors_token_changes_the_reports_of_its_provinces_and_no_others()
    {
        var admin = new GraphQLClient(api.CreateClient());
        await admin.CreateReportAsync("nam-dinh", Year);
        await admin.CreateReportAsync("ha-nam", Year);
        await admin.CreateReportAsync("thai-binh", Year);

        var (exit, token, error) = Run(["--role", "editor", "--province", "nam-dinh", "--province", "35", "--subject", "cli-bob"]);

        Assert.True(exit == 0, error);
        Assert.Empty(error);
        var claims = new JsonWebToken(token);
        Assert.Equal("cli-bob", claims.Subject);
        Assert.Equal(new[] { "editor" }, claims.Claims.Where(claim => claim.Type == "role").Select(claim => claim.Value));
        Assert.Equal(new[] { "36", "35" }, claims.Claims.Where(claim => claim.Type == "province").Select(claim => claim.Value));

        var editor = api.GraphQLWith(token);
        var namDinh = await editor.PostAsync(ServerProbes.SetNewsItems, new { p = "nam-dinh", y = Year, value = "1" });
        var haNam = await editor.PostAsync(ServerProbes.SetNewsItems, new { p = "ha-nam", y = Year, value = "1" });
        var thaiBinh = await editor.PostAsync(ServerProbes.SetNewsItems, new { p = "thai-binh", y = Year, value = "1" });
        Assert.True(namDinh.Errors.Count == 0, namDinh.Text);
        Assert.True(haNam.Errors.Count == 0, haNam.Text);
        Assert.Equal("FORBIDDEN", thaiBinh.FirstErrorCode);
        var history = await admin.PostAsync($$"""{ report(province: "nam-dinh", year: {{Year}}) { history(first: 1) { nodes { by } } } }""");
        Assert.Equal("cli-bob", history.Data!["report"]!["history"].Array("nodes")[0].Text("by"));
    }

    [Fact]
    public async Task An_admins_token_changes_any_report_and_is_named_after_its_roles_without_a_subject()
    {
        var (exit, token, error) = Run(["--role", "admin"]);

        Assert.True(exit == 0, error);
        Assert.Equal("local-admin", new JsonWebToken(token).Subject);
        var created = await api.GraphQLWith(token).PostAsync(
            "mutation($input: CreateReportInput!) { createReport(input: $input) { version } }",
            new { input = new { province = "thai-binh", year = Year + 1, synthetic = true } });
        Assert.True(created.Errors.Count == 0, created.Text);
    }

    [Fact]
    public void A_token_lasts_the_lifetime_asked_or_the_configured_one()
    {
        var (_, asked, _) = Run(["--role", "reader", "--lifetime", "00:10:00"]);
        var (_, configured, _) = Run(["--role", "reader"], ("Auth:TokenLifetime", "02:00:00"));
        var (_, byDefault, _) = Run(["--role", "reader"]);

        Assert.InRange(new JsonWebToken(asked).ValidTo - DateTime.UtcNow, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        Assert.InRange(new JsonWebToken(configured).ValidTo - DateTime.UtcNow, TimeSpan.FromMinutes(119), TimeSpan.FromMinutes(120));
        Assert.InRange(new JsonWebToken(byDefault).ValidTo - DateTime.UtcNow, TimeSpan.FromMinutes(479), TimeSpan.FromMinutes(480));
    }

    [Fact]
    public async Task A_partners_token_reads_and_is_refused_changes()
    {
        var (exit, token, _) = Run(["--role", "partner"]);

        var read = await api.GraphQLWith(token).PostAsync("{ units { code } }");
        var change = await api.GraphQLWith(token).PostAsync(ServerProbes.SetNewsItems, new { p = "nam-dinh", y = Year, value = "1", dryRun = true });

        Assert.Equal(0, exit);
        Assert.Empty(read.Errors);
        Assert.Equal("FORBIDDEN", change.FirstErrorCode);
    }

    public static TheoryData<string, string[], string> WrongCommandLines => new()
    {
        { "no --role", ["--province", "nam-dinh"], "--role" },
        { "no arguments", [], "--role" },
        { "an unknown role", ["--role", "superuser"], "'superuser' is not a role" },
        { "an editor without --province", ["--role", "editor"], "--province" },
        { "an unknown province", ["--role", "editor", "--province", "atlantis"], "There is no province 'atlantis'" },
        { "an unknown option", ["--role", "admin", "--for-ever"], "'--for-ever' is not an option" },
        { "an option without its value", ["--role"], "'--role'" },
        { "a lifetime that is not a time span", ["--role", "admin", "--lifetime", "forever"], "'--lifetime'" },
        { "a lifetime of zero", ["--role", "admin", "--lifetime", "00:00:00"], "'--lifetime'" },
    };

    [Theory]
    [MemberData(nameof(WrongCommandLines))]
    public void A_wrong_command_line_exits_2_with_a_message_and_its_usage(string what, string[] args, string told)
    {
        var (exit, output, error) = Run(args);

        Assert.True(exit == 2, $"{what}: exit {exit}");
        Assert.Empty(output);
        Assert.Contains(told, error);
        Assert.Contains("usage: token --role", error);
    }

    [Fact]
    public void Without_a_signing_key_it_exits_2_and_says_how_to_set_one()
    {
        var (exit, output, error) = Run(["--role", "admin"], ("Auth:SigningKey", null));

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("Auth:SigningKey is not set", error);
        Assert.Contains("Auth__SigningKey", error);
    }

    /// <summary>
    /// A key too short for HMAC-SHA256 is a configuration mistake like a missing key: the user wants exit 2 and a
    /// message naming Auth:SigningKey and the 32 bytes it needs, not an unhandled exception and a stack trace.
    /// </summary>
    [Fact]
    public void A_signing_key_shorter_than_32_bytes_exits_2_with_a_message()
    {
        int exit;
        string output, error;
        try
        {
            (exit, output, error) = Run(["--role", "admin"], ("Auth:SigningKey", "too-short-a-key"));
        }
        catch (Exception crash)
        {
            Assert.Fail($"The token command crashed instead of exiting 2: {crash.GetType().Name}: {crash.Message}");
            return;
        }

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("Auth:SigningKey", error);
        Assert.Contains("32", error);
    }

    [Fact]
    public async Task A_token_of_another_key_is_not_one_the_test_server_takes()
    {
        // The command signs with whatever key it is configured with: a token of another key is refused by the server.
        var (exit, token, _) = Run(["--role", "admin"], ("Auth:SigningKey", "another-key-of-at-least-thirty-two-bytes-0123456789"));

        Assert.Equal(0, exit);
        var answer = await api.GraphQLWith(token).PostAsync("{ units { code } }");
        Assert.Equal(401, answer.Status);
        Assert.Equal("UNAUTHENTICATED", answer.FirstErrorCode);
    }

    private static (int Exit, string Output, string Error) Run(string[] args, params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?> { ["Auth:SigningKey"] = ApiFactory.SigningKey };
        foreach (var (key, value) in settings)
            values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = TokenCommand.Run(args, configuration, output, error);
        return (exit, output.ToString().Trim(), error.ToString());
    }
}
