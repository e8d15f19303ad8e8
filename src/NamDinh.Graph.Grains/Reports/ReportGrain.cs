using Microsoft.Extensions.Logging;
using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Abstractions.Changes;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Validation;
using NamDinh.Graph.Grains.Changes;
using NamDinh.Graph.Grains.Cluster;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Grains.Reports;

public sealed partial class ReportGrain(
    IReportStore store,
    TimeProvider clock,
    IClusterMembershipService membership,
    ILogger<ReportGrain> logger)
    : Grain, IReportGrain
{
    public const string SystemActor = "system";
    private const int HistoryPageSize = 50;
    private static readonly TimeSpan AggregateRetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a change waits for the aggregates to take it in before it is acknowledged anyway (they are then sent
    /// it again). An aggregate on a silo that froze would otherwise hold every change for Orleans' response timeout.
    /// The nodes are told of the change at the same time, so an aggregate read on a node may be behind a change the
    /// node was told of for this long at most (the API's response cache waits it out).
    /// </summary>
    public static readonly TimeSpan AggregatePatience = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a change waits for the previous year's grain before it reads that report from storage instead: the
    /// grain may be on a silo that froze, and what storage holds is what that grain last acknowledged.
    /// </summary>
    private static readonly TimeSpan PreviousYearPatience = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan PublishRetryDelay = TimeSpan.FromMilliseconds(500);

    private IGrainTimer? _aggregateRetry;
    private IGrainTimer? _publishRetry;
    private ChangeBroadcast? _broadcast;
    private StoredReport? _stored;

    /// <summary>When this grain stored the current version and the first, once it has; what the catalog is told.</summary>
    private DateTimeOffset? _latestAt, _firstAt;

    /// <summary>A write failed, so what storage holds is not known for sure; the next change reads it first.</summary>
    private bool _storageUnsure;

    private ReportKey Key => ReportKey.Parse(this.GetPrimaryKeyString());

    private Report? Current => _stored?.Report;

    /// <summary>Tells each active silo's node, through its inbox.</summary>
    private ChangeBroadcast Broadcast => _broadcast ??= new(
        membership.ActiveSiloAddresses,
        (node, change) => GrainFactory.GetGrain<IChangeNodeGrain>(IChangeNodeGrain.KeyOf(node)).TakeAsync(change),
        logger);

    /// <summary>
    /// A grain whose key is not a report key exactly (a look-alike such as "36-02021") holds nothing: it answers null
    /// and refuses to store anything.
    /// </summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stored = ReportKey.TryParse(this.GetPrimaryKeyString(), out var key) ? await store.ReadAsync(key) : null;
        WarnOfFiguresBeyondRange(_stored?.Report);
    }

    /// <summary>
    /// A figure stored before validation refused numbers beyond a decimal is served with those numbers null; an
    /// operator is told once per activation, so it can be corrected.
    /// </summary>
    private void WarnOfFiguresBeyondRange(Report? report)
    {
        foreach (var figure in report?.Indicators ?? [])
            if (NumbersBeyondRange.Of(figure) is { Count: > 0 } beyond)
                LogBeyondRange(report!.Key, report.Version, figure.Code, figure.Value, figure.Multiplier, string.Join(", ", beyond));
    }

    public Task<Report?> GetAsync() => Task.FromResult(Current);

    public async Task<bool> SeedAsync(Report report)
    {
        var grainKey = this.GetPrimaryKeyString();
        if (report.Key.ToString() != grainKey)
            throw new ArgumentException($"Report {report.Key} cannot be stored in the grain of report {grainKey}.", nameof(report));
        var written = Current is null;
        if (written)
        {
            await StoreAsync(report with { Version = 1 },
                new Revision(1, clock.GetUtcNow(), SystemActor, "Loaded from the source document.", "seed", []));
            await ContributeUnlessRetryingAsync();
        }
        // Registering again is harmless and mends a catalog that missed an earlier registration.
        await GrainFactory.GetReportCatalog().RegisterAsync(report.Key);
        return written;
    }

    public async Task<EditResult> EditAsync(EditRequest request)
    {
        if (_storageUnsure)
        {
            _stored = await store.ReadAsync(Key);
            _storageUnsure = false;
        }
        var keyed = request.IdempotencyKey is not null && !request.DryRun;
        if (keyed && await KeptAnswerAsync(request.IdempotencyKey!) is { } kept)
            return kept.Answers(request)
                ? kept.Replay(await RevisionAsync(kept.Version), Current)
                : EditResult.Refused(EditStatus.IdempotencyKeyReused, Current, new ValidationProblem(FieldPath.OfTheEdit("idempotencyKey"),
                    $"The idempotency key '{request.IdempotencyKey}' named another change of this report, which made version {kept.Version} at {kept.At:u}; a key names one change for {KeptAnswer.KeptFor.TotalHours:0} hours: choose a new key for a new change."));
        var result = ReportEditor.Decide(Current, Key, request, await PreviousYearAsync());
        if (result.Status != EditStatus.Applied)
            return result;
        var at = clock.GetUtcNow();
        var revision = new Revision(result.CurrentVersion, at, request.By, request.Reason, request.Edit.Operation, result.Changes);
        await StoreAsync(result.Report!, revision, keyed ? KeptAnswer.Of(request, result, at) : null);
        // The nodes and the aggregates are told together, each within its own patience, so a frozen silo holding
        // either costs a change one patience, not the sum. A new report is registered with the catalog by its mark.
        await Task.WhenAll(PublishAsync(revision), ContributeUnlessRetryingAsync());
        return result;
    }

    /// <summary>The answer kept for a change made under <paramref name="idempotencyKey"/> within the time keys are kept.</summary>
    private async Task<KeptAnswer?> KeptAnswerAsync(string idempotencyKey) =>
        await store.ReadAnswerAsync(Key, idempotencyKey) is { } kept && kept.IsKeptAt(clock.GetUtcNow()) ? kept : null;

    private async Task<Revision> RevisionAsync(long version) =>
        (await store.ReadRevisionsAsync(Key, version, version + 1, 1)).Revisions.Single();

    public async Task<RevisionPage> GetHistoryAsync(long? beforeVersion, int count) =>
        Current is null ? new RevisionPage([], false) : await store.ReadRevisionsAsync(Key, Current.Version, beforeVersion, count);

    public async Task<Report?> GetAsOfAsync(DateTimeOffset? at, long? version)
    {
        if (Current is not { } report || version > report.Version)
            return null;
        // Walk back through the revisions, newest first, undoing each one made after the moment asked for.
        long? before = null;
        while (true)
        {
            var page = await store.ReadRevisionsAsync(Key, Current.Version, before, HistoryPageSize);
            foreach (var revision in page.Revisions)
            {
                if ((at is null || revision.At <= at) && (version is null || revision.Version <= version))
                    return report;
                if (revision.Version == 1)
                    return null;
                report = ReportDiff.Revert(report, revision.Entries) with { Version = revision.Version - 1 };
            }
            if (!page.HasOlder)
                return null;
            before = page.Revisions[^1].Version;
        }
    }

    /// <summary>
    /// Tells every API node of a stored change. A change is acknowledged once stored and told to the nodes that took
    /// it; a node that did not is told again, after its other waiting changes, until it takes them or leaves.
    /// </summary>
    private async Task PublishAsync(Revision revision)
    {
        await Broadcast.TellAsync(new ReportChange(Key, revision));
        RetryWhile(Broadcast.AnyWaiting, ref _publishRetry, RetryPublishingAsync, PublishRetryDelay);
    }

    private async Task RetryPublishingAsync()
    {
        await Broadcast.RetryAsync();
        RetryWhile(Broadcast.AnyWaiting, ref _publishRetry, RetryPublishingAsync, PublishRetryDelay);
    }

    /// <summary>
    /// Keeps <paramref name="retry"/> running every <paramref name="every"/> on <paramref name="timer"/> while
    /// <paramref name="needed"/>, and stops it once not.
    /// </summary>
    private void RetryWhile(bool needed, ref IGrainTimer? timer, Func<Task> retry, TimeSpan every)
    {
        if (needed)
        {
            timer ??= this.RegisterGrainTimer(retry, new GrainTimerCreationOptions(every, every) { KeepAlive = true });
            return;
        }
        timer?.Dispose();
        timer = null;
    }

    public Task RefreshAggregatesAsync() => ContributeToAggregatesAsync();

    /// <summary>
    /// Sends the report's figures, sector by sector, and its rankings to the aggregates across provinces, and its
    /// latest version to the catalog. Each
    /// takes a part only from a later version than it holds, so sending every part on every change is harmless and
    /// mends an aggregate that missed one. A failure loses no data: the report is stored, and the grain tries again.
    /// </summary>
    private async Task ContributeToAggregatesAsync()
    {
        if (Current is not { } report)
            return;
        try
        {
            var sectors = ReportContributions.FiguresBySector(report, IndicatorCatalog.Default)
                .Select(part => GrainFactory.GetSectorFigures(new SectorYear(part.Key, Key.Year)).ContributeAsync(part.Value));
            var mark = GrainFactory.GetReportCatalog().MarkAsync(new ReportMark(Key, report.Version, _latestAt, _firstAt));
            await Task.WhenAll([.. sectors, GrainFactory.GetYearRankings(Key.Year).ContributeAsync(ReportContributions.Rankings(report)), mark])
                .WaitAsync(AggregatePatience);
            RetryWhile(false, ref _aggregateRetry, ContributeToAggregatesAsync, AggregateRetryDelay);
        }
        catch (Exception error)
        {
            LogAggregatesBehind(error, Key, report.Version, AggregateRetryDelay);
            RetryWhile(true, ref _aggregateRetry, ContributeToAggregatesAsync, AggregateRetryDelay);
        }
    }

    /// <summary>
    /// The previous year's report, which a change's comparisons are read against: from its grain, or from storage when
    /// the grain does not answer within <see cref="PreviousYearPatience"/> (its silo froze).
    /// </summary>
    private async Task<Report?> PreviousYearAsync()
    {
        if (Key.PreviousYear is not { } previous)
            return null;
        var (report, fromStorage) = await ReportOrItsStoredState.ReadAsync(GrainFactory, store, previous, PreviousYearPatience);
        if (fromStorage)
            LogPreviousYearFromStorage(previous, PreviousYearPatience, Key);
        return report;
    }

    /// <summary>
    /// Stores the report and its revision together (and the answer to keep for an idempotency key), in one storage round trip. The grain serves the report only once
    /// it is stored. If the write fails, what storage holds is not known for sure (another writer, or a write that
    /// landed without an answer): the grain goes on serving the last version it knows was stored, so reads go on while
    /// storage is down, and reads storage again before the next change.
    /// </summary>
    private async Task StoreAsync(Report report, Revision revision, KeptAnswer? answer = null)
    {
        try
        {
            _stored = new StoredReport(report, await store.WriteAsync(Key, report, revision, _stored?.Tag, answer));
            _latestAt = revision.At;
            if (revision.Version == 1)
                _firstAt = revision.At;
        }
        catch
        {
            _storageUnsure = true;
            throw;
        }
    }

    /// <summary>While the aggregates are being retried, the retry carries this version too (it sends the report as it is).</summary>
    private Task ContributeUnlessRetryingAsync() => _aggregateRetry is null ? ContributeToAggregatesAsync() : Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report {Report} version {Version} holds figure {Code} = {Value} × {Multiplier}, whose {Numbers} cannot be computed (beyond a decimal); it is served with them null.")]
    private partial void LogBeyondRange(ReportKey report, long version, string code, decimal value, decimal multiplier, string numbers);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report {Report} version {Version} is stored, but the aggregates across provinces could not take it in; retrying in {Delay}.")]
    private partial void LogAggregatesBehind(Exception error, ReportKey report, long version, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The grain of report {Previous} did not answer within {Patience}; report {Report}'s change is decided against its stored state.")]
    private partial void LogPreviousYearFromStorage(ReportKey previous, TimeSpan patience, ReportKey report);
}
