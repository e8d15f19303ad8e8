using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.Net.Http.Headers;
using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Execution;
using NamDinh.Graph.Api.Loading;

namespace NamDinh.Graph.Api.Transport.Http;

/// <summary>The <c>HttpCaching</c> configuration section.</summary>
public sealed class HttpCachingOptions
{
    public const string SectionName = "HttpCaching";

    /// <summary>The Cache-Control of a GET query's answer that has an ETag: by default a cache keeps it and asks again each time.</summary>
    public string CacheControl { get; set; } = "no-cache";
}

/// <summary>
/// HTTP caching of GET queries, as RFC 9110's conditional requests have it: an answer gets a strong ETag made from the
/// request and the versions of every report and aggregate it read (<see cref="WhatWasRead"/>), so it changes whenever
/// any of them changes, on any node, whatever the bytes. A request with If-None-Match naming the current ETag is
/// answered 304 without running: the grains it read last time are asked their versions, which costs a few grain calls
/// instead of the execution. Only for anonymous requests on a server where anyone may read, and never for an answer
/// with errors or one that read what the loaders do not record (a report's past, its history, changes).
/// </summary>
public sealed class GetCaching(IGrainFactory grains, Grains.Storage.IReportStore store, OperationAccess access, HttpCachingOptions options) : IDisposable
{
    private const int MostRequests = 1000;
    private const int MostSourcesRemembered = 200_000;

    /// <summary>The build serving, part of every ETag: its schema and its catalog (units, provinces, indicator definitions) are part of every answer.</summary>
    private static readonly string ThisBuild = typeof(GetCaching).Assembly.ManifestModule.ModuleVersionId.ToString();

    private readonly bool _anyoneMayRead = !access.MayRefuse(OperationType.Query);
    private readonly BoundedCache<string, IReadOnlyCollection<ReadSource>> _sourcesByRequest = new(MostRequests, MostSourcesRemembered, (_, sources) => sources.Count + 1);

    /// <summary>Whether this request's answer may carry an ETag and be revalidated: an anonymous GET where anyone may read.</summary>
    public bool Applies(HttpContext http) =>
        _anyoneMayRead && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);

    /// <summary>
    /// True when the client's If-None-Match names the ETag the request's answer would have now: the sources it read
    /// last time are read again for their versions. False when there is no If-None-Match, or the request is unknown.
    /// </summary>
    public async Task<bool> IsUnchangedAsync(HttpContext http, string identity)
    {
        if (!EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var asked) || asked.Count == 0
            || !_sourcesByRequest.TryGet(identity, out var sources))
            return false;
        var now = new WhatWasRead();
        await GrainLoaders.ReadAgainAsync(grains, store, sources, now, http.RequestAborted);
        var tag = ETagOf(identity, now);
        if (!asked.Any(each => each.Equals(EntityTagHeaderValue.Any) || each.Compare(tag, useStrongComparison: true)))
            return false;
        SetHeaders(http, tag);
        return true;
    }

    /// <summary>Gives a successful answer its ETag and Cache-Control, and remembers what it read for the next If-None-Match.</summary>
    public void Answered(HttpContext http, string identity, WhatWasRead reads, ExecutionResult result)
    {
        if (!result.Executed || result.Errors is { Count: > 0 } || !reads.IsComplete || result.Operation?.Operation is not OperationType.Query)
            return;
        _sourcesByRequest.Add(identity, reads.Sources);
        SetHeaders(http, ETagOf(identity, reads));
    }

    /// <summary>Gives an answer kept by the <see cref="ResponseCache"/> the ETag it was first sent with: the cache gives it only while what it read is unchanged.</summary>
    public void AnsweredAgain(HttpContext http, string eTag) => SetHeaders(http, eTag);

    private void SetHeaders(HttpContext http, EntityTagHeaderValue tag) => SetHeaders(http, tag.ToString());

    private void SetHeaders(HttpContext http, string tag)
    {
        http.Response.Headers.ETag = tag;
        http.Response.Headers.CacheControl = options.CacheControl;
    }

    public void Dispose() => _sourcesByRequest.Dispose();

    private static EntityTagHeaderValue ETagOf(string identity, WhatWasRead reads) =>
        new('"' + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ThisBuild + "\n" + identity + "\n" + reads.Fingerprint())))[..40] + '"');
}
