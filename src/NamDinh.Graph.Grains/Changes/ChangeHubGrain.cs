using Microsoft.Extensions.Logging;
using NamDinh.Graph.Abstractions.Changes;
using NamDinh.Graph.Domain.Changes;

namespace NamDinh.Graph.Grains.Changes;

/// <summary>
/// The cluster's one change hub: observers in memory, since nodes renew them every little while; a restarted hub
/// is whole again within one renewal. Changes go out one at a time, so each node receives a report's changes in
/// version order.
/// </summary>
public sealed class ChangeHubGrain(TimeProvider clock, ILogger<ChangeHubGrain> logger) : Grain, IChangeHubGrain
{
    private readonly Dictionary<IChangeObserver, DateTimeOffset> _nodes = [];

    public Task SubscribeAsync(IChangeObserver node)
    {
        _nodes[node] = clock.GetUtcNow();
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IChangeObserver node)
    {
        _nodes.Remove(node);
        return Task.CompletedTask;
    }

    public Task PublishAsync(ReportChange change)
    {
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

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Keeps the hub, and so its observers, in memory while the silo runs.
        DelayDeactivation(TimeSpan.FromDays(3650));
        return Task.CompletedTask;
    }
}
