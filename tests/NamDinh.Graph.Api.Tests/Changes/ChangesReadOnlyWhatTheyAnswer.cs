using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// changes reads a report's history only when the answer reaches it: over 315 reports, the first change costs one
/// read, and reports a partner has seen to the end cost none. The order is the one of reading everything.
/// </summary>
public sealed class ChangesReadOnlyWhatTheyAnswer
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly ChangeFilter Everything = new(null, null, null, null);

    /// <summary>315 reports; report i made version v at minute (i * 7 + v * 13) % 1000 + v (so versions are in time order).</summary>
    private static readonly Dictionary<ReportKey, List<Revision>> Histories = Enumerable.Range(0, 315).ToDictionary(
        i => new ReportKey($"{i / 5 + 1:00}", 2020 + i % 5),
        i => Enumerable.Range(1, 1 + i % 4).Select(v => new Revision(v, Start.AddMinutes((i * 7 % 1000) + v * 13), "test", null, "seed", [])).ToList());

    private readonly List<ReportKey> _read = [];

    private Task<RevisionPage> ReadHistory(ReportKey key, long before, int count)
    {
        _read.Add(key);
        var below = Histories[key].Where(revision => revision.Version < before).OrderByDescending(revision => revision.Version).ToList();
        return Task.FromResult(new RevisionPage([.. below.Take(count)], below.Count > count));
    }

    private static IEnumerable<ReportMark> Marks(bool known) => Histories.Select(report => known
        ? new ReportMark(report.Key, report.Value[^1].Version, report.Value[^1].At, report.Value[0].At)
        : ReportMark.Unknown(report.Key));

    private static IEnumerable<ReportChange> AllInOrder(IReadOnlyDictionary<ReportKey, long> after) => Histories
        .SelectMany(report => report.Value.Where(revision => revision.Version > after.GetValueOrDefault(report.Key)).Select(revision => new ReportChange(report.Key, revision)))
        .OrderBy(change => change.Revision.At).ThenBy(change => change.Key).ThenBy(change => change.Revision.Version);

    [Fact]
    public async Task The_first_change_of_315_reports_reads_one_history()
    {
        var first = await ChangesInOrder.ReadAsync(Marks(known: true), new Dictionary<ReportKey, long>(), Everything, 1, ReadHistory);

        Assert.Equal(AllInOrder(new Dictionary<ReportKey, long>()).Take(1), first);
        Assert.Single(_read);
    }

    [Fact]
    public async Task Reports_seen_to_their_latest_version_are_not_read()
    {
        var after = Histories.ToDictionary(report => report.Key, report => report.Value[^1].Version);
        var behind = Histories.Keys.First(key => Histories[key].Count > 1);
        after[behind] -= 1;

        var missed = await ChangesInOrder.ReadAsync(Marks(known: true), after, Everything, 100, ReadHistory);

        Assert.Equal([behind], missed.Select(change => change.Key));
        Assert.Equal([behind], _read);
    }

    [Theory]
    [InlineData(true, 7)]
    [InlineData(true, 1000)]
    [InlineData(false, 50)]
    public async Task The_answer_is_what_reading_every_history_would_give(bool known, int count)
    {
        var after = Histories.Keys.Where((_, i) => i % 3 == 0).ToDictionary(key => key, _ => 1L);

        var changes = await ChangesInOrder.ReadAsync(Marks(known), after, Everything, count, ReadHistory);

        Assert.Equal(AllInOrder(after).Take(count), changes);
    }
}
