using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests;

/// <summary>A node passes on each report's changes in version order, even when two arrive swapped.</summary>
public sealed class ChangesGoOutInVersionOrder
{
    private static readonly ReportKey Report = new("35", 2097);
    private static readonly ReportKey Other = new("27", 2097);
    private readonly ManualClock _clock = new();
    private readonly ChangeSequencer _sequencer;

    public ChangesGoOutInVersionOrder() => _sequencer = new ChangeSequencer(TimeSpan.FromSeconds(1), _clock);

    [Fact]
    public void Changes_in_order_go_out_at_once()
    {
        Assert.Equal([2L], Versions(_sequencer.Accept(Change(Report, 2))));
        Assert.Equal([3L], Versions(_sequencer.Accept(Change(Report, 3))));
    }

    [Fact]
    public void A_change_ahead_of_its_predecessor_waits_for_it()
    {
        _sequencer.Accept(Change(Report, 5));

        Assert.Empty(_sequencer.Accept(Change(Report, 7)));
        Assert.Equal([6L, 7L], Versions(_sequencer.Accept(Change(Report, 6))));
    }

    [Fact]
    public void Reports_are_sequenced_apart()
    {
        _sequencer.Accept(Change(Report, 5));
        _sequencer.Accept(Change(Report, 7));

        Assert.Equal([1L], Versions(_sequencer.Accept(Change(Other, 1))));
    }

    [Fact]
    public void A_version_passed_on_is_not_passed_on_again()
    {
        _sequencer.Accept(Change(Report, 5));

        Assert.Empty(_sequencer.Accept(Change(Report, 5)));
        Assert.Empty(_sequencer.Accept(Change(Report, 4)));
    }

    [Fact]
    public void A_change_whose_predecessor_never_comes_goes_on_after_the_patience()
    {
        _sequencer.Accept(Change(Report, 5));
        _sequencer.Accept(Change(Report, 8));
        _sequencer.Accept(Change(Report, 7));

        Assert.Empty(_sequencer.ReleaseOverdue());
        _clock.Now += TimeSpan.FromSeconds(2);

        Assert.Equal([7L, 8L], Versions(_sequencer.ReleaseOverdue()));
        Assert.Empty(_sequencer.Accept(Change(Report, 6)));
        Assert.Equal([9L], Versions(_sequencer.Accept(Change(Report, 9))));
    }

    [Fact]
    public void A_gap_overdue_is_told_with_the_versions_around_it()
    {
        _sequencer.Accept(Change(Report, 5));
        _sequencer.Accept(Change(Report, 9));
        _sequencer.Accept(Change(Other, 1));

        Assert.Empty(_sequencer.OverdueGaps());
        _clock.Now += TimeSpan.FromSeconds(2);

        Assert.Equal([(Report, 5L, 9L)], _sequencer.OverdueGaps());
        Assert.Empty(_sequencer.Accept(Change(Report, 7)));
        Assert.Equal([6L, 7L], Versions(_sequencer.Accept(Change(Report, 6))));
        Assert.Equal([8L, 9L], Versions(_sequencer.Accept(Change(Report, 8))));
        Assert.Empty(_sequencer.OverdueGaps());
    }

    /// <summary>
    /// The gaps are looked up at one moment and the overdue released after the lookup took its time: a change that
    /// fell overdue in between waits for the next lookup, and does not go on with its gap never looked up.
    /// </summary>
    [Fact]
    public void Released_as_of_the_moment_the_gaps_were_looked_up_a_change_overdue_since_then_waits()
    {
        _sequencer.Accept(Change(Report, 5));
        _sequencer.Accept(Change(Report, 8));
        _clock.Now += TimeSpan.FromMilliseconds(900);
        var lookedUp = _clock.GetUtcNow();

        Assert.Empty(_sequencer.OverdueGaps(lookedUp));
        _clock.Now += TimeSpan.FromMilliseconds(300);

        Assert.Empty(_sequencer.ReleaseOverdue(lookedUp));
        Assert.Equal([(Report, 5L, 8L)], _sequencer.OverdueGaps());
    }

    private static ReportChange Change(ReportKey key, long version) =>
        new(key, new Revision(version, DateTimeOffset.UnixEpoch, "test", null, "setIndicator", []));

    private static IEnumerable<long> Versions(IEnumerable<ReportChange> changes) => changes.Select(change => change.Revision.Version);

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
