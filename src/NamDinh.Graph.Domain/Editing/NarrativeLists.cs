using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Editing;

/// <summary>How tasks and priorities are kept: grouped by section in report order, numbered 1… within each section.</summary>
internal static class NarrativeLists
{
    public static IReadOnlyList<NarrativeItem> Of(Report report, NarrativeList list) =>
        list == NarrativeList.Tasks ? report.Tasks : report.Priorities;

    public static Report With(Report report, NarrativeList list, IReadOnlyList<NarrativeItem> items) =>
        list == NarrativeList.Tasks ? report with { Tasks = items } : report with { Priorities = items };

    public static string Noun(NarrativeList list) => list == NarrativeList.Tasks ? "task" : "priority";

    /// <summary>An id not used in the list: "task-3.1-13" for the thirteenth in section 3.1, or the next free number.</summary>
    public static string NextId(IReadOnlyList<NarrativeItem> items, NarrativeList list, string section)
    {
        var used = items.Select(item => item.Id).ToHashSet(StringComparer.Ordinal);
        for (var number = items.Count(item => item.Section == section) + 1; ; number++)
        {
            var id = $"{Noun(list)}-{section}-{number:00}";
            if (!used.Contains(id))
                return id;
        }
    }

    /// <summary>
    /// Puts <paramref name="item"/> into its section at <paramref name="position"/> (clamped to the section; past
    /// the end puts it last) and numbers the section again. A section not yet in the list goes after the others.
    /// </summary>
    public static IReadOnlyList<NarrativeItem> Place(IReadOnlyList<NarrativeItem> items, NarrativeItem item, int? position)
    {
        var list = items.ToList();
        var section = list.Where(candidate => candidate.Section == item.Section).ToList();
        var at = Math.Clamp((position ?? int.MaxValue) - 1, 0, section.Count);
        var insertAt = section.Count == 0
            ? list.Count
            : at < section.Count ? list.IndexOf(section[at]) : list.IndexOf(section[^1]) + 1;
        list.Insert(insertAt, item);
        return Renumber(list, item.Section);
    }

    public static IReadOnlyList<NarrativeItem> Renumber(IReadOnlyList<NarrativeItem> items, string section)
    {
        var position = 0;
        return items.Select(item => item.Section == section ? item with { Position = ++position } : item).ToList();
    }
}
