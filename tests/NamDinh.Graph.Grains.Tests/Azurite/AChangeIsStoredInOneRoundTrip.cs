using Azure.Core;
using Azure.Data.Tables;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Storage;
using static NamDinh.Graph.Grains.Tests.ReportJsonText;

namespace NamDinh.Graph.Grains.Tests.Azurite;

/// <summary>
/// The report store on Azure Table storage: a change (the report and its revision) is one round trip and lands
/// whole or not at all; a write against a report that changed meanwhile stores nothing; revisions are rows of their
/// own, read newest first in pages; one too large for a table property is split and read back whole.
/// </summary>
public sealed class AChangeIsStoredInOneRoundTrip : IAsyncLifetime
{
    private static readonly ReportKey Key = new("27", 2022);
    private readonly string _tableName = AzuriteStorage.NewTableName();
    private readonly StorageRoundTrips _roundTrips = new();
    private TableServiceClient _service = null!;
    private AzureTableReportStore _store = null!;

    public Task InitializeAsync()
    {
        var options = new TableClientOptions();
        options.AddPolicy(_roundTrips, HttpPipelinePosition.PerRetry);
        _service = new TableServiceClient(AzuriteStorage.ConnectionString, options);
        _store = new AzureTableReportStore(_service, _tableName);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _service.DeleteTableAsync(_tableName);

    [Fact]
    public async Task A_change_is_one_round_trip_and_reads_back_with_its_revision()
    {
        var tag = await WriteVersionsAsync(1);
        var before = _roundTrips.Count;

        await _store.WriteAsync(Key, Report(2), Revision(2, "the change"), tag);

        Assert.Equal(1, _roundTrips.Count - before);
        var stored = await _store.ReadAsync(Key);
        Assert.Equal(Json(Report(2)), Json(stored!.Report));
        Assert.Equal("the change", (await _store.ReadRevisionsAsync(Key, 2, null, 1)).Revisions.Single().Reason);
    }

    [Fact]
    public async Task A_write_against_a_report_changed_meanwhile_stores_nothing()
    {
        var stale = await WriteVersionsAsync(1);
        var current = await _store.WriteAsync(Key, Report(2), Revision(2, "another writer"), stale);

        await Assert.ThrowsAsync<StoredReportChangedException>(() => _store.WriteAsync(Key, Report(2), Revision(2, "late writer"), stale));
        await Assert.ThrowsAsync<StoredReportChangedException>(() => _store.WriteAsync(Key, Report(1), Revision(1, "a second first write"), null));

        var stored = await _store.ReadAsync(Key);
        Assert.Equal(current, stored!.Tag);
        Assert.Equal(["another writer", "version 1"], (await _store.ReadRevisionsAsync(Key, 2, null, 10)).Revisions.Select(revision => revision.Reason));
    }

    [Fact]
    public async Task Revisions_read_back_newest_first_page_by_page()
    {
        await WriteVersionsAsync(5);

        var first = await _store.ReadRevisionsAsync(Key, latestVersion: 5, beforeVersion: null, count: 2);
        var second = await _store.ReadRevisionsAsync(Key, 5, first.Revisions[^1].Version, 2);
        var last = await _store.ReadRevisionsAsync(Key, 5, second.Revisions[^1].Version, 2);

        Assert.Equal([5L, 4L], first.Revisions.Select(revision => revision.Version));
        Assert.True(first.HasOlder);
        Assert.Equal([3L, 2L], second.Revisions.Select(revision => revision.Version));
        Assert.Equal([1L], last.Revisions.Select(revision => revision.Version));
        Assert.False(last.HasOlder);
        Assert.Equal("version 4", first.Revisions[1].Reason);
    }

    [Fact]
    public async Task Versions_above_the_one_asked_for_are_not_its_history()
    {
        await WriteVersionsAsync(3);

        var page = await _store.ReadRevisionsAsync(Key, latestVersion: 2, beforeVersion: null, count: 10);

        Assert.Equal([2L, 1L], page.Revisions.Select(revision => revision.Version));
    }

    [Fact]
    public async Task A_revision_larger_than_a_table_property_reads_back_whole()
    {
        var large = new string('ệ', 40_000); // 120 KB of UTF-8 each way: four 64 KiB properties
        await _store.WriteAsync(Key, Report(1), Revision(1, "large") with { Entries = [new RevisionEntry("remarks", "remark-1", 0, large, large + "!")] }, null);

        var read = (await _store.ReadRevisionsAsync(Key, 1, null, 1)).Revisions.Single();

        Assert.Equal(large, read.Entries[0].OldValue);
        Assert.Equal(large + "!", read.Entries[0].NewValue);
    }

    private async Task<string> WriteVersionsAsync(int versions)
    {
        string? tag = null;
        for (var version = 1; version <= versions; version++)
            tag = await _store.WriteAsync(Key, Report(version), Revision(version, $"version {version}"), tag);
        return tag!;
    }

    private static Report Report(long version) => SyntheticReports.For(Key) with { Version = version };

    private static Revision Revision(long version, string reason) =>
        new(version, DateTimeOffset.UnixEpoch.AddDays(version), "grains-test", reason, "setIndicator", []);
}
