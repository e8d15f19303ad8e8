using System.Collections.Concurrent;
using GraphQLParser.AST;
using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Api.Execution.Limits;
using NamDinh.Graph.Api.Loading;
using NamDinh.Graph.Api.Transport.Http;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Reports;

namespace NamDinh.Graph.Api.Execution;

/// <summary>
/// Answers to queries kept as the very bytes sent, so that a query asked again with the same variables (a dashboard
/// many people open) is answered without running it. An answer is given again only while nothing it read has changed
/// since it began to be computed: with each answer go the sources it read (<see cref="WhatWasRead"/>), and every change
/// of a report that reaches this node marks what it touches as changed at that moment: the report, the aggregates of
/// its year (sector figures, rankings) and the catalog. An answer that read something marked after it began is not
/// given again (and goes); an answer computed across a change of what it read is not kept at all.
/// <para>
/// A change reaches this node before it is acknowledged anywhere: through this node, before its answer is sent
/// (<see cref="Reports.ReportEditing"/>); through another, because the report grain tells every node's inbox before it
/// acknowledges, and the inbox marks it here before its call returns (<see cref="ChangeFeed.ReportChanged"/>). The
/// aggregates are told at the same time as the nodes, not before, so an answer that read an aggregate is kept only when
/// it began at least <see cref="ReportGrain.AggregatePatience"/> after the last change of that year reached this node.
/// </para>
/// <para>
/// What is not known cannot be kept: an answer that read around the loaders (a report's past, its history, changes, a
/// report read from storage because its grain did not answer) is not kept. Only what cannot answer differently for
/// someone else is kept: a query answered without errors, on a server where anyone may read and any document may be
/// sent. A node that is not told of a change (its silo froze, or is cut off; the report grain tells it again every half
/// second) gives an answer at most <see cref="RequestLimits.ResponseCacheSeconds"/> after it began to be computed.
/// At most 64 MiB of answers, each counted with its key (<see cref="BoundedCache{TKey,TValue}"/>): when full, the least
/// recently used quarter goes.
/// </para>
/// </summary>
public sealed class ResponseCache : IDisposable
{
    private const int MostAnswers = 1_000_000;
    private const long MostBytes = 64L * 1024 * 1024;

    /// <summary>What an answer kept costs beyond its bytes and its key: the entry, its sources, the cache's bookkeeping.</summary>
    private const int EntryOverhead = 256;

    private const string TheCatalog = "catalog";
    private const string ReportPrefix = "report:";

    /// <summary>An answer kept: its bytes, and the ETag it was sent with (<see cref="GetCaching"/>), if any.</summary>
    public sealed record Answer(byte[] Body, string? ETag);

    /// <summary>An answer, the sources it read (keys of <c>_touched</c>), and when it began to be computed.</summary>
    private sealed record Kept(Answer Answer, string[] Read, long Began);

    private readonly BoundedCache<string, Kept> _answers;
    private readonly RequestLimits _limits;
    private readonly DocumentCache _documents;
    private readonly TimeProvider _clock;
    private readonly bool _anyoneMayAsk;
    private readonly long _aggregatePatience;
    private long _hits;

    /// <summary>When each source (a report, a year's aggregates, the catalog) last changed, as far as this node knows.</summary>
    private readonly ConcurrentDictionary<string, long> _touched = new(StringComparer.Ordinal);

    public ResponseCache(RequestLimits limits, DocumentCache documents, OperationAccess access, PersistedOperationOptions persisted, ChangeFeed changes, TimeProvider clock)
    {
        _limits = limits;
        _documents = documents;
        _clock = clock;
        _anyoneMayAsk = !access.MayRefuse(OperationType.Query) && !persisted.Required;
        _aggregatePatience = (long)(ReportGrain.AggregatePatience.TotalSeconds * clock.TimestampFrequency);
        _answers = new(MostAnswers, MostBytes, (key, kept) => kept.Answer.Body.Length + (2L * key.Length) + EntryOverhead);
        changes.ReportChanged += (report, _) => Forget(report);
    }

    public int Count => _answers.Count;

    /// <summary>How many answers were given again.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>The bytes the answers kept take, with their keys, as counted against the budget.</summary>
    public long Size => _answers.Size;

    /// <summary>The most bytes the answers kept may take.</summary>
    public static long Budget => MostBytes;

    /// <summary>The moment an answer begins to be computed, for <see cref="Add"/>.</summary>
    public long Now => _clock.GetTimestamp();

    /// <summary>Whether this server keeps any answers: the cache is on, anyone may read, and any document may be sent.</summary>
    public bool IsOn => _limits.ResponseCacheSeconds > 0 && _anyoneMayAsk;

    /// <summary>Whether the request's answer may be kept (by its <see cref="RequestIdentity"/>): a query whose document ran before.</summary>
    public bool Keeps(GraphQLHttpRequest request) =>
        IsOn && request.Query is { } query
        && _documents.Find(query, request.OperationName)?.OperationType == OperationType.Query;

    /// <summary>Whether the request might be a query whose answer is kept: it is, or its document is not known yet.</summary>
    public bool MayKeep(GraphQLHttpRequest request) =>
        IsOn && request.Query is { } query
        && (_documents.Find(query, request.OperationName)?.OperationType ?? OperationType.Query) == OperationType.Query;

    /// <summary>The answer kept for the request, if nothing it read has changed since it began to be computed.</summary>
    public Answer? Find(string key)
    {
        if (!_answers.TryGet(key, out var kept))
            return null;
        if (IsCurrent(kept))
        {
            Interlocked.Increment(ref _hits);
            return kept.Answer;
        }
        _answers.Remove(key);
        return null;
    }

    /// <summary>
    /// Keeps an answer that began to be computed at <paramref name="began"/> (<see cref="Now"/>) from what
    /// <paramref name="reads"/> says it read, unless it read something whose version is not known, or something that
    /// changed since. It is kept at most <see cref="RequestLimits.ResponseCacheSeconds"/> from when it began.
    /// </summary>
    public void Add(string key, byte[] body, string? eTag, long began, WhatWasRead reads)
    {
        var keptFor = TimeSpan.FromSeconds(_limits.ResponseCacheSeconds) - _clock.GetElapsedTime(began);
        if (!reads.IsComplete || body.Length > MostBytes / 16 || keptFor <= TimeSpan.Zero)
            return;
        var kept = new Kept(new Answer(body, eTag), [.. reads.Sources.Select(SourceKey).Distinct(StringComparer.Ordinal)], began);
        // A change marked after this check makes Find drop the answer: it began before the change.
        if (IsCurrent(kept))
            _answers.Add(key, kept, keptFor);
    }

    /// <summary>
    /// A change of <paramref name="report"/> reached this node: no answer that read the report, an aggregate of its
    /// year or the catalog before now is given again.
    /// </summary>
    public void Forget(ReportKey report)
    {
        var now = _clock.GetTimestamp();
        Touch(ReportSource(report.ToString()), now);
        Touch(YearSource(report.Year), now);
        Touch(TheCatalog, now);
    }

    public void Dispose() => _answers.Dispose();

    private void Touch(string source, long at) => _touched.AddOrUpdate(source, at, (_, before) => Math.Max(before, at));

    /// <summary>
    /// Whether nothing the answer read changed since it began: it began strictly after a report's last change reached
    /// this node, and at least <see cref="ReportGrain.AggregatePatience"/> after an aggregate's or the catalog's.
    /// </summary>
    private bool IsCurrent(Kept kept)
    {
        foreach (var source in kept.Read)
        {
            if (!_touched.TryGetValue(source, out var changed))
                continue;
            var settled = source.StartsWith(ReportPrefix, StringComparison.Ordinal) ? changed : changed + _aggregatePatience;
            if (kept.Began <= settled)
                return false;
        }
        return true;
    }

    /// <summary>What a read depends on: a report on itself; an aggregate on every report of its year; the catalog on every report.</summary>
    private static string SourceKey(ReadSource source) => source.Kind switch
    {
        ReadSourceKind.Report => ReportSource(source.Key),
        ReadSourceKind.SectorFigures => YearSource(SectorYear.Parse(source.Key).Year),
        ReadSourceKind.YearRankings => YearSource(int.Parse(source.Key, System.Globalization.CultureInfo.InvariantCulture)),
        _ => TheCatalog,
    };

    private static string ReportSource(string key) => ReportPrefix + key;

    private static string YearSource(int year) => "year:" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
