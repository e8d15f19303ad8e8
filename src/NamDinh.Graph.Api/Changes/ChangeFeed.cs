using System.Collections.Concurrent;
using System.Threading.Channels;
using NamDinh.Graph.Abstractions.Changes;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Changes;

/// <summary>
/// This node's end of the cluster's changes: takes each change its inbox (<see cref="IChangeNodeGrain"/>) receives, and
/// hands it to this node's subscribers, each report's changes in version order, reading from the report's history any
/// version that did not arrive. <see cref="ActiveSubscriptions"/> counts the subscribers, so a leak shows.
/// </summary>
public sealed partial class ChangeFeed(IGrainFactory grains, TimeProvider clock, ILogger<ChangeFeed> logger) : IChangeReceiver, IHostedService, IAsyncDisposable
{
    private static readonly TimeSpan OrderPatience = TimeSpan.FromSeconds(1);
    private const int HistoryPageSize = 100;
    private readonly ChangeSequencer _sequencer = new(OrderPatience, clock);
    private readonly Lock _delivering = new();
    private readonly ConcurrentDictionary<ISubscriber, byte> _subscribers = new();
    private readonly Channel<ReportChange> _arrived = Channel.CreateUnbounded<ReportChange>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private Task? _running;

    public int ActiveSubscriptions => _subscribers.Count;

    /// <summary>
    /// Raised with the report and version as each change reaches this node, before it is put in order and handed to
    /// subscribers: from the inbox before <see cref="Receive"/> returns, so before the report grain that told this node
    /// acknowledges the change; or as a change that never arrived is read from the report's history.
    /// </summary>
    public event Action<ReportKey, long>? ReportChanged;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _running = Task.WhenAll(DeliverArrivalsAsync(_stopping.Token), ReleaseOverdueAsync(_stopping.Token));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_running is not null)
            await _running;
    }

    /// <summary>
    /// Queues the change and returns: the inbox's call, and so the report grain that told it, does not wait for this
    /// node's subscribers.
    /// </summary>
    public void Receive(ReportChange change)
    {
        ReportChanged?.Invoke(change.Key, change.Revision.Version);
        _arrived.Writer.TryWrite(change);
    }

    private async Task DeliverArrivalsAsync(CancellationToken stopping)
    {
        try
        {
            await foreach (var change in _arrived.Reader.ReadAllAsync(stopping))
                Deliver(() => _sequencer.Accept(change));
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>
    /// Hands the changes the sequencer releases to every subscriber of this node, one change at a time. Releasing
    /// and handing on happen under one lock, so two threads cannot swap what the sequencer put in order.
    /// </summary>
    private void Deliver(Func<IReadOnlyList<ReportChange>> release)
    {
        lock (_delivering)
        {
            foreach (var change in release())
                foreach (var subscriber in _subscribers.Keys)
                    subscriber.Deliver(change);
        }
    }

    private async Task ReleaseOverdueAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(OrderPatience / 2);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                // One moment for both: a change that falls overdue while gaps are read waits for the next tick, so none
                // goes on before its gap was looked up.
                var now = clock.GetUtcNow();
                await FillGapsAsync(now);
                Deliver(() => _sequencer.ReleaseOverdue(now));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>
    /// Reads from the report's history the versions that never arrived, and hands them on in order before the one that
    /// waited for them. A change goes missing on its way when the report grain that kept it for this node (the node
    /// did not take it in time) is lost with its silo, or when more changes waited for this node than a grain keeps.
    /// </summary>
    private async Task FillGapsAsync(DateTimeOffset now)
    {
        foreach (var (key, passed, waiting) in _sequencer.OverdueGaps(now))
        {
            try
            {
                var missing = await ReadRevisionsAsync(key, passed, waiting);
                foreach (var revision in missing)
                    DeliverFromHistory(key, revision);
                LogGapReadFromHistory(passed + 1, waiting - 1, key, missing.Count);
            }
            catch (Exception error)
            {
                LogGapUnread(error, passed + 1, waiting - 1, key);
            }
        }
    }

    /// <summary>The newest version of the report this node has handed on, or null when none of its changes reached it.</summary>
    public long? Delivered(ReportKey key) => _sequencer.Passed(key);

    /// <summary>How many history reads (report grain calls) this node has made to fill gaps or catch up.</summary>
    public long HistoryReads => Interlocked.Read(ref _historyReads);

    private long _historyReads;

    /// <summary>
    /// Reads the report's versions after <paramref name="delivered"/> up to <paramref name="stored"/> from its history and
    /// hands them on in order, through the same sequencer as the changes that arrive: a version already passed on (it
    /// arrived meanwhile) is not passed on again. Answers how many revisions were read.
    /// </summary>
    public async Task<int> CatchUpAsync(ReportKey key, long delivered, long stored)
    {
        var missing = await ReadRevisionsAsync(key, delivered, stored + 1);
        foreach (var revision in missing)
            DeliverFromHistory(key, revision);
        return missing.Count;
    }

    /// <summary>Hands on a change that was read from the report's history, as one that arrived would be.</summary>
    private void DeliverFromHistory(ReportKey key, Revision revision)
    {
        ReportChanged?.Invoke(key, revision.Version);
        Deliver(() => _sequencer.Accept(new ReportChange(key, revision)));
    }

    /// <summary>The revisions of the versions after <paramref name="passed"/> and before <paramref name="waiting"/>, oldest first.</summary>
    private async Task<List<Revision>> ReadRevisionsAsync(ReportKey key, long passed, long waiting)
    {
        var report = grains.GetReportGrain(key);
        var revisions = new List<Revision>();
        for (var before = waiting; before > passed + 1;)
        {
            Interlocked.Increment(ref _historyReads);
            var page = await report.GetHistoryAsync(before, (int)Math.Min(before - passed - 1, HistoryPageSize));
            revisions.AddRange(page.Revisions.Where(revision => revision.Version > passed));
            if (!page.HasOlder || page.Revisions.Count == 0)
                break;
            before = page.Revisions[^1].Version;
        }
        revisions.Reverse();
        return revisions;
    }

    /// <summary>
    /// The changes from now on, as <paramref name="project"/> turns each into what a subscription sends (none, one
    /// or several items: an indicator subscription sends one per changed figure that matches).
    /// </summary>
    public IObservable<T> Changes<T>(Func<ReportChange, IEnumerable<T>> project) => new Feed<T>(this, project);

    public async ValueTask DisposeAsync() => await _stopping.CancelAsync();

    private interface ISubscriber
    {
        void Deliver(ReportChange change);
    }

    private sealed class Feed<T>(ChangeFeed feed, Func<ReportChange, IEnumerable<T>> project) : IObservable<T>
    {
        public IDisposable Subscribe(IObserver<T> observer)
        {
            var subscriber = new Subscriber<T>(feed, project, observer);
            feed._subscribers.TryAdd(subscriber, 0);
            return subscriber;
        }
    }

    private sealed class Subscriber<T>(ChangeFeed feed, Func<ReportChange, IEnumerable<T>> project, IObserver<T> observer) : ISubscriber, IDisposable
    {
        public void Deliver(ReportChange change)
        {
            try
            {
                foreach (var item in project(change))
                    observer.OnNext(item);
            }
            catch (Exception error)
            {
                feed.LogSubscriberFailed(error, change.Cursor);
                Dispose();
                observer.OnError(error);
            }
        }

        public void Dispose() => feed._subscribers.TryRemove(this, out _);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Changes {From}–{To} of report {Report} did not arrive; {Count} were read from its history.")]
    private partial void LogGapReadFromHistory(long from, long to, ReportKey report, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Changes {From}–{To} of report {Report} did not arrive and could not be read from its history; subscribers see the gap.")]
    private partial void LogGapUnread(Exception error, long from, long to, ReportKey report);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A subscriber failed to take change {Cursor}; it is ended.")]
    private partial void LogSubscriberFailed(Exception error, ChangeCursor cursor);
}
