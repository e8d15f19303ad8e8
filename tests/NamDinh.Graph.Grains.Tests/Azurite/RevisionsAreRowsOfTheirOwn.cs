using Azure.Data.Tables;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.History;

namespace NamDinh.Graph.Grains.Tests.Azurite;

/// <summary>
/// The revision log on Azure Table storage: one row per revision, read newest first in pages, a revision too large
/// for one table property split across several and read back whole, a version written twice kept once.
/// </summary>
public sealed class RevisionsAreRowsOfTheirOwn : IAsyncLifetime
{
    private static readonly ReportKey Key = new("27", 2022);
    private readonly string _tableName = AzuriteStorage.NewTableName();
    private TableServiceClient _service = null!;
    private AzureTableRevisionLog _log = null!;

    public Task InitializeAsync()
    {
        _service = new TableServiceClient(AzuriteStorage.ConnectionString);
        _log = new AzureTableRevisionLog(_service, _tableName);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _service.DeleteTableAsync(_tableName);

    [Fact]
    public async Task Revisions_read_back_newest_first_page_by_page()
    {
        for (var version = 1; version <= 5; version++)
            await _log.AppendAsync(Key, Revision(version, $"change {version}"));

        var first = await _log.ReadAsync(Key, latestVersion: 5, beforeVersion: null, count: 2);
        var second = await _log.ReadAsync(Key, 5, first.Revisions[^1].Version, 2);
        var last = await _log.ReadAsync(Key, 5, second.Revisions[^1].Version, 2);

        Assert.Equal([5L, 4L], first.Revisions.Select(revision => revision.Version));
        Assert.True(first.HasOlder);
        Assert.Equal([3L, 2L], second.Revisions.Select(revision => revision.Version));
        Assert.Equal([1L], last.Revisions.Select(revision => revision.Version));
        Assert.False(last.HasOlder);
        Assert.Equal("change 4", first.Revisions[1].Reason);
    }

    [Fact]
    public async Task Versions_above_the_reports_own_are_not_its_history()
    {
        for (var version = 1; version <= 3; version++)
            await _log.AppendAsync(Key, Revision(version, $"change {version}"));

        var page = await _log.ReadAsync(Key, latestVersion: 2, beforeVersion: null, count: 10);

        Assert.Equal([2L, 1L], page.Revisions.Select(revision => revision.Version));
    }

    [Fact]
    public async Task A_revision_larger_than_a_table_property_reads_back_whole()
    {
        var large = new string('ệ', 40_000); // 120 KB of UTF-8 each way: four 64 KiB properties
        await _log.AppendAsync(Key, Revision(1, "large") with { Entries = [new RevisionEntry("remarks", "remark-1", 0, large, large + "!")] });

        var read = (await _log.ReadAsync(Key, 1, null, 1)).Revisions.Single();

        Assert.Equal(large, read.Entries[0].OldValue);
        Assert.Equal(large + "!", read.Entries[0].NewValue);
    }

    [Fact]
    public async Task Writing_a_version_again_replaces_it()
    {
        await _log.AppendAsync(Key, Revision(1, "first attempt, whose report write failed"));
        await _log.AppendAsync(Key, Revision(1, "second attempt"));

        var page = await _log.ReadAsync(Key, 1, null, 10);

        Assert.Equal("second attempt", page.Revisions.Single().Reason);
    }

    private static Revision Revision(long version, string reason) =>
        new(version, DateTimeOffset.UnixEpoch.AddDays(version), "grains-test", reason, "setIndicator", []);
}
