using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NamDinh.Graph.Api.Auth;

namespace NamDinh.Graph.Testing;

/// <summary>
/// The real API host with its own silo on free ports and in-memory storage: the same Program, schema,
/// transport and seeding a user's server runs. Shared by the test projects that need a server. Its clients send an
/// admin's token unless a test asks for another (<see cref="CreateClientWith"/>), so that tests of everything but
/// authorization are not about authorization.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The key the test server signs and checks tokens with; never used outside the tests.</summary>
    public const string SigningKey = "test-only-signing-key-of-the-namdinh-graph-tests-0123456789";

    public const string AdminSubject = "test-admin";

    private static readonly TokenIssuer Issuer = new(new AuthOptions { SigningKey = SigningKey }, TimeProvider.System);

    /// <summary>A token of the test server for <paramref name="subject"/> in <paramref name="roles"/>, an editor's for <paramref name="provinceCodes"/>.</summary>
    public static string Token(string subject, string[] roles, params string[] provinceCodes) => Issuer.Issue(subject, roles, provinceCodes);

    public static string AdminToken { get; } = Token(AdminSubject, [Roles.Admin]);

    /// <summary>A client that sends <paramref name="token"/>, or no token at all when it is null.</summary>
    public HttpClient CreateClientWith(string? token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Provider", "Memory");
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreePort().ToString(CultureInfo.InvariantCulture));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
