using System.Collections.Concurrent;
using NamDinh.Graph.Abstractions.Changes;
using NamDinh.Graph.Domain.Changes;

namespace NamDinh.Graph.Api.Changes;

/// <summary>
/// This node's end of the change hub: registers with the hub when the node starts, renews the registration, and
/// hands each change to this node's subscribers, each report's changes in version order.
/// <see cref="ActiveSubscriptions"/> counts the subscribers, so a leak shows.
/// </summary>
public sealed class ChangeFeed(IGrainFactory grains, TimeProvider clock, ILogger<ChangeFeed> logger) : IChangeObserver, IHostedService, IAsyncDisposable
{
    private static readonly TimeSpan OrderPatience = TimeSpan.FromSeconds(1);
    private readonly ChangeSequencer _sequencer = new(OrderPatience, clock);
    private readonly Lock _delivering = new();
    private readonly ConcurrentDictionary<ISubscriber, byte> _subscribers = new();
    private readonly CancellationTokenSource _stopping = new();
    private IChangeObserver? _reference;
    private Task? _renewing;

    public int ActiveSubscriptions => _subscribers.Count;

    /// <summary>Raised as each change reaches this node, before it is put in order and handed to subscribers.</summary>
    public event Action? AnyChangeArrived;

    private ILogger Logger => logger;

    private IChangeHubGrain Hub => grains.GetGrain<IChangeHubGrain>(IChangeHubGrain.SingletonKey);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _reference = grains.CreateObjectReference<IChangeObserver>(this);
        await Hub.SubscribeAsync(_reference);
        _renewing = Task.WhenAll(RenewAsync(_stopping.Token), ReleaseOverdueAsync(_stopping.Token));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_renewing is not null)
            await _renewing;
        if (_reference is not null)
        {
            try
            {
                await Hub.UnsubscribeAsync(_reference);
            }
            catch (Exception error)
            {
                logger.LogWarning(error, "Could not leave the change hub; it drops this node after {Lifetime}.", IChangeHubGrain.ObserverLifetime);
            }
        }
    }

    public Task OnChangedAsync(ReportChange change)
    {
        AnyChangeArrived?.Invoke();
        Deliver(() => _sequencer.Accept(change));
        return Task.CompletedTask;
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
                Deliver(_sequencer.ReleaseOverdue);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>
    /// The changes from now on, as <paramref name="project"/> turns each into what a subscription sends (none, one
    /// or several items: an indicator subscription sends one per changed figure that matches).
    /// </summary>
    public IObservable<T> Changes<T>(Func<ReportChange, IEnumerable<T>> project) => new Feed<T>(this, project);

    public async ValueTask DisposeAsync() => await _stopping.CancelAsync();

    private async Task RenewAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(IChangeHubGrain.RenewEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                try
                {
                    // A renewal sent to a hub whose silo just died may wait for Orleans' response timeout; the next one goes out on time.
                    await Hub.SubscribeAsync(_reference!).WaitAsync(IChangeHubGrain.RenewEvery, stopping);
                }
                catch (Exception error) when (!stopping.IsCancellationRequested)
                {
                    logger.LogWarning(error, "Could not renew this node's registration with the change hub; retrying in {Interval}.", IChangeHubGrain.RenewEvery);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

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
                feed.Logger.LogWarning(error, "A subscriber failed to take change {Cursor}; it is ended.", change.Cursor);
                Dispose();
                observer.OnError(error);
            }
        }

        public void Dispose() => feed._subscribers.TryRemove(this, out _);
    }
}
