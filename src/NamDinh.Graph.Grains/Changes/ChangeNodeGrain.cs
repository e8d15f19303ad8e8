using NamDinh.Graph.Abstractions.Changes;
using NamDinh.Graph.Domain.Changes;
using Orleans.Concurrency;

namespace NamDinh.Graph.Grains.Changes;

/// <summary>
/// A node's inbox, on the node's own silo: hands each change to the receivers of this process (the API's change feed;
/// none on a silo without the API). Handing on only queues the change, so calls may interleave.
/// </summary>
[Reentrant]
[PlacedOnTheSiloOfItsKey]
public sealed class ChangeNodeGrain(IEnumerable<IChangeReceiver> receivers) : Grain, IChangeNodeGrain
{
    private readonly IChangeReceiver[] _receivers = [.. receivers];

    public Task TakeAsync(ReportChange change)
    {
        foreach (var receiver in _receivers)
            receiver.Receive(change);
        return Task.CompletedTask;
    }
}
