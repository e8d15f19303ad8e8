using NamDinh.Graph.Domain.Changes;

namespace NamDinh.Graph.Abstractions.Changes;

/// <summary>
/// Carries each accepted change from the report grain that stored it to every API node of the cluster. Nodes
/// register their observer and renew it; an observer not renewed within <see cref="ObserverLifetime"/> is dropped,
/// so a node that died stops costing messages. One hub per cluster.
/// </summary>
public interface IChangeHubGrain : IGrainWithIntegerKey
{
    public const long SingletonKey = 0;

    public static readonly TimeSpan ObserverLifetime = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often each node renews its registration. Short, because a hub that moves to another silo (its silo died or
    /// left) starts with no nodes, and knows them again only as they renew.
    /// </summary>
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(2);

    /// <summary>Registers or renews a node's observer.</summary>
    Task SubscribeAsync(IChangeObserver node);

    Task UnsubscribeAsync(IChangeObserver node);

    /// <summary>Sends a stored change to every registered node; called only after the change was written.</summary>
    Task PublishAsync(ReportChange change);
}
