using NamDinh.Graph.Domain.Changes;

namespace NamDinh.Graph.Abstractions.Changes;

/// <summary>Where a node's inbox (<see cref="IChangeNodeGrain"/>) hands each change: the API's change feed.</summary>
public interface IChangeReceiver
{
    /// <summary>Takes the change and returns at once; passing it on to subscribers happens elsewhere.</summary>
    void Receive(ReportChange change);
}
