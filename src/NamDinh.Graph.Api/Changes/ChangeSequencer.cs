using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Changes;

/// <summary>
/// Puts each report's changes back in version order. A report grain tells each node its changes in order, but one
/// told again after the node did not take it in time may arrive behind a later one; a change that arrives ahead of
/// its predecessor waits for it, at most <paramref name="patience"/>. Then the missing versions are looked up (<see cref="OverdueGaps"/>), and whatever
/// still waits goes on anyway (the subscriber sees the gap in versions and can catch up). A version already passed
/// on is not passed on again.
/// </summary>
public sealed class ChangeSequencer(TimeSpan patience, TimeProvider clock)
{
    private readonly Dictionary<ReportKey, ReportSequence> _reports = [];
    private readonly Lock _lock = new();

    /// <summary>The changes that may go out now, in order, once <paramref name="change"/> has arrived.</summary>
    public IReadOnlyList<ReportChange> Accept(ReportChange change)
    {
        lock (_lock)
        {
            if (!_reports.TryGetValue(change.Key, out var sequence))
                _reports[change.Key] = sequence = new ReportSequence(change.Revision.Version - 1);
            if (change.Revision.Version <= sequence.Passed)
                return [];
            sequence.Waiting[change.Revision.Version] = (change, clock.GetUtcNow());
            return sequence.Release(force: false);
        }
    }

    /// <summary>The newest version of the report passed on, or null when none of its changes reached this sequencer.</summary>
    public long? Passed(ReportKey key)
    {
        lock (_lock)
            return _reports.TryGetValue(key, out var sequence) ? sequence.Passed : null;
    }

    /// <summary>
    /// For each report whose next change waited longer than the patience (as of <paramref name="asOf"/>, now by
    /// default): the last version passed on, and the first waiting; the versions between them never arrived.
    /// </summary>
    public IReadOnlyList<(ReportKey Key, long Passed, long Waiting)> OverdueGaps(DateTimeOffset? asOf = null)
    {
        var overdue = (asOf ?? clock.GetUtcNow()) - patience;
        lock (_lock)
        {
            return _reports
                .Where(report => report.Value.WaitedSince(overdue))
                .Select(report => (report.Key, report.Value.Passed, report.Value.Waiting.Keys.First()))
                .ToList();
        }
    }

    /// <summary>
    /// The changes that waited longer than the patience (as of <paramref name="asOf"/>, now by default) for a predecessor
    /// that did not come: they go on now. Given the moment <see cref="OverdueGaps"/> was asked at, it releases only
    /// the reports whose gaps were looked up.
    /// </summary>
    public IReadOnlyList<ReportChange> ReleaseOverdue(DateTimeOffset? asOf = null)
    {
        var overdue = (asOf ?? clock.GetUtcNow()) - patience;
        lock (_lock)
        {
            return _reports.Values
                .Where(sequence => sequence.WaitedSince(overdue))
                .SelectMany(sequence => sequence.Release(force: true))
                .ToList();
        }
    }

    private sealed class ReportSequence(long passed)
    {
        public long Passed { get; private set; } = passed;

        public SortedDictionary<long, (ReportChange Change, DateTimeOffset Since)> Waiting { get; } = [];

        /// <summary>Whether a change has waited here since before <paramref name="moment"/>.</summary>
        public bool WaitedSince(DateTimeOffset moment) => Waiting.Count > 0 && Waiting.Values.Min(waiting => waiting.Since) < moment;

        public List<ReportChange> Release(bool force)
        {
            var released = new List<ReportChange>();
            while (Waiting.Count > 0)
            {
                var (version, waiting) = Waiting.First();
                if (!force && version != Passed + 1)
                    break;
                Waiting.Remove(version);
                Passed = version;
                released.Add(waiting.Change);
            }
            return released;
        }
    }
}
