using Microsoft.Extensions.Logging;
using NamDinh.Graph.Abstractions.Changes;
using NamDinh.Graph.Domain.Changes;

namespace NamDinh.Graph.Grains.Changes;

/// <summary>
/// The cluster's one change hub: observers in memory, since nodes renew them every <see cref="IChangeHubGrain.RenewEvery"/>.
/// A hub activated anew (at the cluster's start, or on another silo after its own died or left) knows no node until
/// each renews; so for <see cref="CatchUpWindow"/> it keeps the changes published to it, and gives them to each node
/// as it registers, and no change is lost in the move. Changes go out one at a time, so each node receives a
/// report's changes in version order.
/// </summary>
public sealed class ChangeHubGrain(TimeProvider clock, ILogger<ChangeHubGrain> logger) : Grain, IChangeHubGrain
{
    /// <summary>
    /// Long enough for every live node to register: a node's calls may still go to the dead silo until the cluster
    /// declares it dead, some seconds after this hub started elsewhere.
    /// </summary>
    public static readonly TimeSpan CatchUpWindow = TimeSpan.FromSeconds(30);

    private const int MostKeptForCatchUp = 10_000;

    private readonly Dictionary<IChangeObserver, DateTimeOffset> _nodes = [];
    private readonly List<ReportChange> _sinceActivation = [];
    private DateTimeOffset _activated;

    private bool CatchingUp => clock.GetUtcNow() - _activated < CatchUpWindow;

    public Task SubscribeAsync(IChangeObserver node)
    {
        var known = _nodes.ContainsKey(node);
        _nodes[node] = clock.GetUtcNow();
        if (known)
            return Task.CompletedTask;
        logger.LogInformation("A node registered with the change hub ({Nodes} now); it is given the {Count} changes published since the hub started.",
            _nodes.Count, CatchingUp ? _sinceActivation.Count : 0);
        if (CatchingUp)
            foreach (var change in _sinceActivation)
                node.OnChangedAsync(change).Ignore();
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IChangeObserver node)
    {
        _nodes.Remove(node);
        return Task.CompletedTask;
    }

    public Task PublishAsync(ReportChange change)
    {
        KeepForCatchUp(change);
        var oldest = clock.GetUtcNow() - IChangeHubGrain.ObserverLifetime;
        foreach (var (node, renewed) in _nodes.ToList())
        {
            if (renewed < oldest)
            {
                _nodes.Remove(node);
                logger.LogInformation("Dropped a node's change observer not renewed since {Renewed}.", renewed);
                continue;
            }
            node.OnChangedAsync(change).Ignore();
        }
        return Task.CompletedTask;
    }

    private void KeepForCatchUp(ReportChange change)
    {
        if (CatchingUp && _sinceActivation.Count < MostKeptForCatchUp)
            _sinceActivation.Add(change);
        else if (!CatchingUp && _sinceActivation.Count > 0)
            _sinceActivation.Clear();
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _activated = clock.GetUtcNow();
        logger.LogInformation("The change hub started on this silo.");
        // Keeps the hub, and so its observers, in memory while the silo runs.
        DelayDeactivation(TimeSpan.FromDays(3650));
        return Task.CompletedTask;
    }
}
