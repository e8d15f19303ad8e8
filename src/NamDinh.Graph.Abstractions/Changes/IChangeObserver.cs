using NamDinh.Graph.Domain.Changes;
using Orleans.Concurrency;

namespace NamDinh.Graph.Abstractions.Changes;

/// <summary>An API node, receiving every accepted change in the cluster to pass to its own subscribers.</summary>
public interface IChangeObserver : IGrainObserver
{
    [OneWay]
    Task OnChangedAsync(ReportChange change);
}
