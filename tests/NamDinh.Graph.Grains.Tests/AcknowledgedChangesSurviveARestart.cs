using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Grains.Tests.Azurite;
using static NamDinh.Graph.Grains.Tests.ReportJsonText;

namespace NamDinh.Graph.Grains.Tests;

/// <summary>
/// Every change acknowledged before a restart on Azure Table storage is there after it: the report at its last
/// acknowledged version, and each revision in the history, from which the past reads back exactly.
/// </summary>
[Collection(RestartedClusterCollection.Name)]
public sealed class AcknowledgedChangesSurviveARestart(RestartedCluster cluster)
{
    private IReportGrain Grain => cluster.Grains.GetReportGrain(RestartedCluster.SyntheticKey);

    [Fact]
    public async Task The_report_is_at_its_last_acknowledged_version()
    {
        var last = cluster.AcknowledgedEdits[^1];
        Assert.All(cluster.AcknowledgedEdits, result => Assert.Equal(EditStatus.Applied, result.Status));
        Assert.Equal([2L, 3L, 4L], cluster.AcknowledgedEdits.Select(result => result.CurrentVersion));

        var report = await Grain.GetAsync();

        Assert.Equal(Json(last.Report), Json(report));
        Assert.Equal(150, report!.Indicators[0].Value);
        Assert.Equal("Nhiệm vụ tổng hợp để kiểm thử", report.Tasks[0].Text.Vi);
    }

    [Fact]
    public async Task Every_acknowledged_change_is_in_the_history_newest_first()
    {
        var page = await Grain.GetHistoryAsync(null, 10);

        Assert.Equal([4L, 3L, 2L, 1L], page.Revisions.Select(revision => revision.Version));
        Assert.False(page.HasOlder);
        Assert.Equal(["addTask", "replaceIndicator", "replaceIndicator", "seed"], page.Revisions.Select(revision => revision.Operation));
        Assert.All(page.Revisions.Take(3), revision =>
        {
            Assert.Equal("grains-test", revision.By);
            Assert.Equal("persistence test", revision.Reason);
        });
        var secondChange = page.Revisions[1].Entries.Single();
        Assert.Contains("\"value\":140", secondChange.OldValue);
        Assert.Contains("\"value\":150", secondChange.NewValue);
    }

    [Fact]
    public async Task Each_past_version_reads_back_exactly_as_it_was_acknowledged()
    {
        Assert.Equal(Json(cluster.SyntheticReport), Json(await Grain.GetAsOfAsync(null, 1)));
        for (var index = 0; index < cluster.AcknowledgedEdits.Count; index++)
            Assert.Equal(Json(cluster.AcknowledgedEdits[index].Report), Json(await Grain.GetAsOfAsync(null, index + 2)));
    }

    [Fact]
    public async Task Before_its_first_revision_the_report_did_not_exist()
    {
        var first = (await Grain.GetHistoryAsync(2, 1)).Revisions.Single();

        Assert.Null(await Grain.GetAsOfAsync(first.At.AddTicks(-1), null));
        Assert.Equal(1, (await Grain.GetAsOfAsync(first.At, null))!.Version);
    }
}
