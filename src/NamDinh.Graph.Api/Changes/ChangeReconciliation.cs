using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Changes;

/// <summary>
/// What one round of a node's reconciliation decides: given the catalog's marks (each report's newest stored version)
/// and the newest version this node has delivered of each report, which reports are behind, and from which version
/// their missing changes are to be read. Holds what the previous round saw, so that a change is only called missing
/// once storage has held it for a whole round: a change just stored is normally still on its way to this node, and
/// reading it from history then would be wasted. Used by one loop, so never from two threads at once.
/// </summary>
public sealed class ChangeReconciliation
{
    /// <summary>The version each report had in the previous round's marks (null: the catalog did not know it); null before the first round.</summary>
    private Dictionary<ReportKey, long?>? _previous;

    /// <summary>
    /// For a report this node never delivered a change of: the version from which it owes changes. The first round
    /// takes what storage holds then (what came before the node reconciled was never owed to its subscribers); a report
    /// that appears later is new, and all its changes are owed.
    /// </summary>
    private readonly Dictionary<ReportKey, long> _floor = [];

    /// <summary>A report behind: this node delivered up to <paramref name="Delivered"/>, storage holds up to <paramref name="Stored"/>.</summary>
    public sealed record Behind(ReportKey Key, long Delivered, long Stored);

    /// <summary>
    /// The reports behind, by <paramref name="marks"/> and <paramref name="delivered"/> (the newest version this node
    /// passed on of a report, null if none). A report is behind when this node delivered less than storage held both
    /// in the previous round and now; a report equal or ahead (the catalog not yet told, or it lost a mark) is left,
    /// as is one whose version the catalog does not know.
    /// </summary>
    public IReadOnlyList<Behind> Plan(IEnumerable<ReportMark> marks, Func<ReportKey, long?> delivered)
    {
        var now = new Dictionary<ReportKey, long?>();
        var behind = new List<Behind>();
        foreach (var mark in marks)
        {
            now[mark.Key] = mark.Version;
            if (mark.Version is not { } stored)
                continue;
            if (_previous is null || (_previous.TryGetValue(mark.Key, out var before) && before is null))
            {
                // First sight of this report's version, in a round that knew the report: it is where this node starts owing.
                _floor.TryAdd(mark.Key, stored);
                continue;
            }
            if (before is not { } storedBefore)
            {
                // A report new since the previous round: all its changes are owed, once they have had a round to arrive.
                _floor.TryAdd(mark.Key, 0);
                continue;
            }
            var passed = delivered(mark.Key) ?? _floor.GetValueOrDefault(mark.Key);
            if (passed < Math.Min(storedBefore, stored))
                behind.Add(new Behind(mark.Key, passed, stored));
        }
        _previous = now;
        return behind;
    }
}
