using System.Text.Json;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Domain.Editing;

/// <summary>
/// What changed between two versions of a report, part by part and item by item, and the way back:
/// <see cref="Revert"/> undoes the entries <see cref="Between"/> found, giving the earlier report exactly.
/// </summary>
public static class ReportDiff
{
    private static readonly IReadOnlyList<IPart> Parts =
    [
        new SinglePart<DocumentFacts>(ReportParts.Document, report => report.Document, (report, value) => report with { Document = value }),
        new ListPart<Ranking>(ReportParts.Rankings, ranking => ranking.Index, report => report.Rankings, (report, items) => report with { Rankings = items }),
        new ListPart<IndicatorValue>(ReportParts.Indicators, value => value.Code, report => report.Indicators, (report, items) => report with { Indicators = items }),
        new ListPart<NarrativeItem>(ReportParts.Tasks, item => item.Id, report => report.Tasks, (report, items) => report with { Tasks = items }),
        new ListPart<NarrativeItem>(ReportParts.Shortcomings, item => item.Id, report => report.Shortcomings, (report, items) => report with { Shortcomings = items }),
        new ListPart<NarrativeItem>(ReportParts.Causes, item => item.Id, report => report.Causes, (report, items) => report with { Causes = items }),
        new SinglePart<Proposals>(ReportParts.Proposals, report => report.Proposals, (report, value) => report with { Proposals = value }),
        new ListPart<NarrativeItem>(ReportParts.Priorities, item => item.Id, report => report.Priorities, (report, items) => report with { Priorities = items }),
        new ListPart<NarrativeItem>(ReportParts.Remarks, item => item.Id, report => report.Remarks, (report, items) => report with { Remarks = items }),
        new SinglePart<bool>(ReportParts.Synthetic, report => report.Synthetic, (report, value) => report with { Synthetic = value }),
    ];

    public static IReadOnlyList<RevisionEntry> Between(Report before, Report after) =>
        Parts.SelectMany(part => part.Changes(before, after)).ToList();

    /// <summary>The report as it was before <paramref name="entries"/> changed it; its version is left to the caller.</summary>
    public static Report Revert(Report after, IReadOnlyList<RevisionEntry> entries) =>
        entries.GroupBy(entry => entry.Part).Aggregate(after, (report, part) =>
            (Parts.FirstOrDefault(candidate => candidate.Name == part.Key)
                ?? throw new InvalidDataException($"A revision names an unknown part '{part.Key}'.")).Revert(report, part.ToList()));

    /// <summary>Reads an entry's value as the item it holds.</summary>
    public static T? Read<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, ReportJson.Options);

    /// <summary>A value an entry must hold (what an added or changed entry holds new, a removed one old).</summary>
    public static T ReadPresent<T>(string? json) =>
        Read<T>(json) is { } value ? value : throw new InvalidOperationException($"The revision entry holds no {typeof(T).Name}.");

    private static string Write<T>(T value) => JsonSerializer.Serialize(value, ReportJson.Options);

    private interface IPart
    {
        string Name { get; }

        IEnumerable<RevisionEntry> Changes(Report before, Report after);

        Report Revert(Report after, IReadOnlyList<RevisionEntry> entries);
    }

    private sealed record SinglePart<T>(string Name, Func<Report, T> Get, Func<Report, T, Report> Set) : IPart
    {
        public IEnumerable<RevisionEntry> Changes(Report before, Report after)
        {
            var (old, @new) = (Write(Get(before)), Write(Get(after)));
            if (old != @new)
                yield return new RevisionEntry(Name, Name, null, old, @new);
        }

        public Report Revert(Report after, IReadOnlyList<RevisionEntry> entries) => Set(after, ReadPresent<T>(entries[0].OldValue));
    }

    private sealed record ListPart<T>(string Name, Func<T, string> KeyOf, Func<Report, IReadOnlyList<T>> Get, Func<Report, IReadOnlyList<T>, Report> Set) : IPart
    {
        public IEnumerable<RevisionEntry> Changes(Report before, Report after)
        {
            var oldItems = Get(before);
            var newItems = Get(after);
            var newByKey = newItems.ToDictionary(KeyOf, StringComparer.Ordinal);
            var oldKeys = oldItems.Select(KeyOf).ToHashSet(StringComparer.Ordinal);
            var moved = Moved(oldItems.Select(KeyOf).Where(newByKey.ContainsKey).ToList(), newItems.Select(KeyOf).Where(oldKeys.Contains).ToList());
            for (var index = 0; index < oldItems.Count; index++)
            {
                var key = KeyOf(oldItems[index]);
                var old = Write(oldItems[index]);
                if (!newByKey.TryGetValue(key, out var now))
                    yield return new RevisionEntry(Name, key, index, old, null);
                else if (moved.Contains(key) || Write(now) != old)
                    yield return new RevisionEntry(Name, key, index, old, Write(now));
            }
            foreach (var item in newItems.Where(item => !oldKeys.Contains(KeyOf(item))))
                yield return new RevisionEntry(Name, KeyOf(item), null, null, Write(item));
        }

        /// <summary>The items kept by both lists that do not stand at the same place among them in both.</summary>
        private static HashSet<string> Moved(List<string> oldOrder, List<string> newOrder) =>
            oldOrder.Where((key, index) => newOrder[index] != key).ToHashSet(StringComparer.Ordinal);

        // Items without an entry kept their order among themselves, so taking out every entry's item and putting
        // the old ones back at their old places, first place first, gives the old list exactly.
        public Report Revert(Report after, IReadOnlyList<RevisionEntry> entries)
        {
            var touched = entries.Select(entry => entry.Key).ToHashSet(StringComparer.Ordinal);
            var items = Get(after).Where(item => !touched.Contains(KeyOf(item))).ToList();
            foreach (var entry in entries.Where(entry => entry.OldValue is not null).OrderBy(entry => entry.OldIndex))
                items.Insert(Math.Min(entry.OldIndex ?? items.Count, items.Count), ReadPresent<T>(entry.OldValue));
            return Set(after, items);
        }
    }
}
