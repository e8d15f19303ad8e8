using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using NamDinh.Graph.Api.Auth;

namespace NamDinh.Graph.Api.Tests.Auth;

/// <summary>
/// A server with the default Auth settings, shared by the auth tests that change no setting (a server of their own,
/// not the <see cref="ApiCollection"/>'s). Each test writes reports of its own (Nam Định, Hà Nam, Thái Bình) in years
/// of 2031–2049 that no other test of the collection writes; the real Nam Định 2021 report is only read.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AuthServerCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "Auth server";
}

/// <summary>The tokens the auth tests use, issued with the test server's key.</summary>
public static class TestTokens
{
    public const string NamDinhCode = "36";
    public const string HaNamCode = "35";

    public static string EditorOf(string subject, params string[] provinceCodes) => ApiFactory.Token(subject, [Roles.Editor], provinceCodes);

    public static string Reader(string subject = "a-reader") => ApiFactory.Token(subject, [Roles.Reader]);

    public static string Partner(string subject = "a-partner") => ApiFactory.Token(subject, [Roles.Partner]);

    /// <summary>A client of <paramref name="factory"/> (one made by WithWebHostBuilder too) that sends <paramref name="token"/>, or none.</summary>
    public static HttpClient ClientWith(this WebApplicationFactory<Program> factory, string? token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static GraphQLClient GraphQLWith(this WebApplicationFactory<Program> factory, string? token) => new(factory.ClientWith(token));
}
