using GraphQLParser.AST;
using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Api.Execution.Limits;
using NamDinh.Graph.Api.Transport.Http;

namespace NamDinh.Graph.Api.Execution;

/// <summary>
/// Answers to queries kept as the very bytes sent, for <see cref="RequestLimits.ResponseCacheSeconds"/>, so that a
/// query asked again with the same variables (a dashboard many people open) is answered without running it. Off by
/// default. Every change of any report forgets them all: a change made through this node before its answer is sent
/// (<see cref="Reports.ReportEditing"/>),
/// a change made on another node as soon as its event reaches this one (milliseconds later), and anything else (the
/// aggregates refreshed at start) after at most the configured seconds.
/// Only what cannot answer differently for someone else is kept: a query whose document ran before, answered without
/// errors, on a server where anyone may read and any document may be sent. At most 1000 answers and 64 MiB of them
/// (<see cref="BoundedCache{TKey,TValue}"/>): when full, the least recently used quarter goes.
/// </summary>
public sealed class ResponseCache : IDisposable
{
    private const int MostAnswers = 1000;
    private const long MostBytes = 64L * 1024 * 1024;

    /// <summary>An answer kept: its bytes, and the ETag it was sent with (<see cref="GetCaching"/>), if any.</summary>
    public sealed record Answer(byte[] Body, string? ETag);

    private readonly BoundedCache<string, Answer> _answers;
    private readonly RequestLimits _limits;
    private readonly DocumentCache _documents;
    private readonly bool _anyoneMayAsk;
    private long _generation;

    public ResponseCache(RequestLimits limits, DocumentCache documents, OperationAccess access, PersistedOperationOptions persisted, ChangeFeed changes)
    {
        _limits = limits;
        _documents = documents;
        _anyoneMayAsk = !access.MayRefuse(OperationType.Query) && !persisted.Required;
        _answers = new(MostAnswers, MostBytes, (_, answer) => answer.Body.Length,
            keptFor: limits.ResponseCacheSeconds > 0 ? TimeSpan.FromSeconds(limits.ResponseCacheSeconds) : null);
        changes.AnyChangeArrived += Forget;
    }

    public int Count => _answers.Count;

    /// <summary>Which answers are current: a count that moves on with every change, so an answer computed across one is not kept.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Whether the request's answer may be kept (by its <see cref="RequestIdentity"/>): a query whose document ran before.</summary>
    public bool Keeps(GraphQLHttpRequest request) =>
        _limits.ResponseCacheSeconds > 0 && _anyoneMayAsk && request.Query is { } query
        && _documents.Find(query, request.OperationName)?.OperationType == OperationType.Query;

    public Answer? Find(string key) => _answers.TryGet(key, out var answer) ? answer : null;

    /// <summary>Keeps an answer computed from what held at <paramref name="generation"/>, if nothing changed since.</summary>
    public void Add(string key, byte[] body, string? eTag, long generation)
    {
        if (body.Length > MostBytes / 16 || generation != Generation)
            return;
        _answers.Add(key, new Answer(body, eTag));
        if (generation != Generation)
            _answers.Remove(key);
    }

    /// <summary>Forgets every answer kept: some report changed, so an answer being computed now is not kept either.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref _generation);
        _answers.Clear();
    }

    public void Dispose() => _answers.Dispose();
}
