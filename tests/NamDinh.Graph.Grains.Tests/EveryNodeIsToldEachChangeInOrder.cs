using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Changes;

namespace NamDinh.Graph.Grains.Tests;

/// <summary>
/// A report grain tells every node of the cluster of each change it stored, each node in version order. A node that
/// does not take a change is told it again, after the changes before it, while the others go on; a node that leaves
/// the cluster is forgotten.
/// </summary>
public sealed class EveryNodeIsToldEachChangeInOrder
{
    private static readonly ReportKey Report = ReportKey.Parse("36-2099");
    private static readonly SiloAddress One = Silo(11001), Two = Silo(11002), Three = Silo(11003);

    private readonly List<SiloAddress> _active = [One, Two, Three];
    private readonly HashSet<SiloAddress> _down = [];
    private readonly Dictionary<SiloAddress, List<long>> _taken = new() { [One] = [], [Two] = [], [Three] = [] };
    private readonly ChangeBroadcast _broadcast;

    public EveryNodeIsToldEachChangeInOrder() =>
        _broadcast = new ChangeBroadcast(() => [.. _active], TellAsync, NullLogger.Instance);

    [Fact]
    public async Task Every_active_node_takes_every_change_in_order()
    {
        await TellVersionsAsync(2, 3, 4);

        Assert.All(_taken.Values, versions => Assert.Equal([2L, 3L, 4L], versions));
        Assert.False(_broadcast.AnyWaiting);
    }

    [Fact]
    public async Task A_node_that_does_not_take_a_change_gets_it_later_in_order_and_holds_no_other_node_up()
    {
        await TellVersionsAsync(2);
        _down.Add(Two);
        await TellVersionsAsync(3, 4);

        Assert.Equal([2L, 3L, 4L], _taken[One]);
        Assert.Equal([2L], _taken[Two]);
        Assert.True(_broadcast.AnyWaiting);

        await _broadcast.RetryAsync();
        Assert.Equal([2L], _taken[Two]);

        _down.Remove(Two);
        await _broadcast.RetryAsync();
        Assert.Equal([2L, 3L, 4L], _taken[Two]);
        Assert.False(_broadcast.AnyWaiting);

        await TellVersionsAsync(5);
        Assert.All(_taken.Values, versions => Assert.Equal(5L, versions[^1]));
    }

    [Fact]
    public async Task A_change_for_a_node_with_changes_waiting_goes_after_them_not_before()
    {
        _down.Add(Three);
        await TellVersionsAsync(2);
        _down.Remove(Three);
        await TellVersionsAsync(3);

        // Three answers again, but 3 is not sent ahead of 2: both wait for the retry, which sends them in order.
        Assert.Empty(_taken[Three]);
        await _broadcast.RetryAsync();
        Assert.Equal([2L, 3L], _taken[Three]);
    }

    [Fact]
    public async Task The_changes_of_a_node_that_left_the_cluster_are_dropped()
    {
        _down.Add(Three);
        await TellVersionsAsync(2, 3);
        _active.Remove(Three);

        await _broadcast.RetryAsync();

        Assert.False(_broadcast.AnyWaiting);
        Assert.Empty(_taken[Three]);
        await TellVersionsAsync(4);
        Assert.Empty(_taken[Three]);
        Assert.Equal([2L, 3L, 4L], _taken[One]);
    }

    [Fact]
    public async Task A_node_joining_the_cluster_is_told_the_changes_from_then_on()
    {
        var four = Silo(11004);
        _taken[four] = [];
        await TellVersionsAsync(2);
        _active.Add(four);
        await TellVersionsAsync(3);

        Assert.Equal([3L], _taken[four]);
    }

    [Fact]
    public async Task A_node_down_for_long_is_kept_only_its_latest_changes()
    {
        _down.Add(Two);
        var versions = Enumerable.Range(2, ChangeBroadcast.MostWaitingPerNode + 5).Select(version => (long)version).ToArray();
        await TellVersionsAsync(versions);
        _down.Remove(Two);

        await _broadcast.RetryAsync();

        Assert.Equal(versions[^ChangeBroadcast.MostWaitingPerNode..], _taken[Two]);
        Assert.Equal(versions, _taken[One]);
    }

    private async Task TellVersionsAsync(params long[] versions)
    {
        foreach (var version in versions)
            await _broadcast.TellAsync(new ReportChange(Report, new Revision(version, DateTimeOffset.UnixEpoch, "tester", null, "setIndicator", [])));
    }

    private Task TellAsync(SiloAddress node, ReportChange change)
    {
        if (_down.Contains(node))
            return Task.FromException(new TimeoutException($"{node} does not answer."));
        _taken[node].Add(change.Revision.Version);
        return Task.CompletedTask;
    }

    private static SiloAddress Silo(int port) => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 1);
}
