using Microsoft.Extensions.Logging;
using NamDinh.Graph.Domain.Changes;

namespace NamDinh.Graph.Grains.Changes;

/// <summary>
/// Tells every node of the cluster of one report's stored changes, each node its changes in version order. A node that
/// does not take a change in time (its silo died and is not yet declared dead, or the call was lost) keeps its changes
/// waiting here, in order, and is told them by <see cref="RetryAsync"/> until it takes them or leaves the cluster; the
/// other nodes are not held up by it. Used from one grain, so never from two threads at once.
/// </summary>
/// <param name="activeNodes">The silos of the cluster now active, each hosting a node.</param>
/// <param name="tell">Tells one node of one change; completes when the node has it.</param>
public sealed partial class ChangeBroadcast(
    Func<IReadOnlyCollection<SiloAddress>> activeNodes,
    Func<SiloAddress, ReportChange, Task> tell,
    ILogger logger)
{
    /// <summary>How long a node may take a change. A silo that died without closing its connections keeps calls until Orleans' response timeout.</summary>
    public static readonly TimeSpan NodePatience = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The most changes kept for one node. Beyond it the oldest go untold; the node reads them from the report's
    /// history when a later one reaches it.
    /// </summary>
    public const int MostWaitingPerNode = 1000;

    private readonly Dictionary<SiloAddress, Queue<ReportChange>> _waiting = [];

    /// <summary>Whether some node has changes waiting, for <see cref="RetryAsync"/> to tell.</summary>
    public bool AnyWaiting => _waiting.Count > 0;

    /// <summary>Tells every active node of <paramref name="change"/>; a node with changes waiting gets it after them.</summary>
    public async Task TellAsync(ReportChange change)
    {
        var nodes = ForgetNodesGone();
        var ready = new List<SiloAddress>();
        foreach (var node in nodes)
        {
            if (_waiting.TryGetValue(node, out var waiting))
                Keep(waiting, change);
            else
                ready.Add(node);
        }
        await Task.WhenAll(ready.Select(node => TellOrKeepAsync(node, change)));
    }

    /// <summary>Tells each node its waiting changes, in order, as far as it takes them.</summary>
    public async Task RetryAsync()
    {
        ForgetNodesGone();
        await Task.WhenAll(_waiting.Keys.ToList().Select(TellWaitingAsync));
    }

    private async Task TellOrKeepAsync(SiloAddress node, ReportChange change)
    {
        try
        {
            await TellInTimeAsync(node, change);
        }
        catch (Exception error)
        {
            LogKept(error, node, change.Cursor);
            _waiting[node] = new Queue<ReportChange>([change]);
        }
    }

    private async Task TellWaitingAsync(SiloAddress node)
    {
        var waiting = _waiting[node];
        try
        {
            while (waiting.TryPeek(out var change))
            {
                await TellInTimeAsync(node, change);
                waiting.Dequeue();
            }
            _waiting.Remove(node);
            LogTaken(node);
        }
        catch (Exception)
        {
            // Still not taken: the changes stay, in order, for the next retry.
        }
    }

    private Task TellInTimeAsync(SiloAddress node, ReportChange change) => tell(node, change).WaitAsync(NodePatience);

    /// <summary>Drops what waits for nodes no longer active (dead or gone); answers the active ones.</summary>
    private IReadOnlyCollection<SiloAddress> ForgetNodesGone()
    {
        var nodes = activeNodes();
        foreach (var gone in _waiting.Keys.Where(node => !nodes.Contains(node)).ToList())
        {
            LogDropped(gone, _waiting[gone].Count);
            _waiting.Remove(gone);
        }
        return nodes;
    }

    private static void Keep(Queue<ReportChange> waiting, ReportChange change)
    {
        if (waiting.Count == MostWaitingPerNode)
            waiting.Dequeue();
        waiting.Enqueue(change);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Node {Node} did not take change {Cursor}; it is kept, with any later ones, until the node takes them or leaves the cluster.")]
    private partial void LogKept(Exception error, SiloAddress node, ChangeCursor cursor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Node {Node} took the changes kept for it.")]
    private partial void LogTaken(SiloAddress node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Node {Node} left the cluster with {Count} changes it never took; they are dropped.")]
    private partial void LogDropped(SiloAddress node, int count);
}
