using System.Net;
using NamDinh.Graph.Api.Tests.Auth;
using NamDinh.Graph.Api.Tests.Limits;

namespace NamDinh.Graph.Api.Tests.HttpCaching;

/// <summary>With the response cache on, a GET answered from it carries the ETag it was first sent with, and revalidates alike.</summary>
public sealed class AnAnswerFromTheResponseCacheKeepsItsETag(AnAnswerFromTheResponseCacheKeepsItsETag.Server server) : IClassFixture<AnAnswerFromTheResponseCacheKeepsItsETag.Server>
{
    public sealed class Server() : ConfiguredApi(("Limits:ResponseCacheSeconds", "60"));

    [Fact]
    public async Task The_kept_answer_has_the_same_ETag()
    {
        var anonymous = server.Factory.ClientWith(null);
        const string url = "/graphql?query=%7Breport(province:%22nam-dinh%22,year:2021)%7Bversion%7D%7D";

        using var first = await anonymous.GetAsync(url);
        using var kept = await anonymous.GetAsync(url);
        using var revalidation = new HttpRequestMessage(HttpMethod.Get, url);
        revalidation.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var revalidated = await anonymous.SendAsync(revalidation);

        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(first.Headers.ETag, kept.Headers.ETag);
        Assert.Equal("no-cache", kept.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }
}
