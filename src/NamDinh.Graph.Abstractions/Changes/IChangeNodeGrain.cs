using NamDinh.Graph.Domain.Changes;

namespace NamDinh.Graph.Abstractions.Changes;

/// <summary>
/// One API node's inbox for the cluster's changes. It lives on that node's silo, and its key says which
/// (<see cref="KeyOf"/>), so no grain anywhere has to know which nodes there are: a report grain tells every active
/// silo of each change it stored, each through its own inbox.
/// </summary>
[Alias("ndg.ChangeNodeGrain")]
public interface IChangeNodeGrain : IGrainWithStringKey
{
    /// <summary>The key of the inbox on <paramref name="silo"/>.</summary>
    static string KeyOf(SiloAddress silo) => silo.ToParsableString();

    /// <summary>Takes a stored change for this node's subscribers; answers once the node holds it.</summary>
    [Alias("TakeAsync")]
    Task TakeAsync(ReportChange change);
}
