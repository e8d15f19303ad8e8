using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Editing;

/// <summary>The lists of narrative items that users edit item by item.</summary>
public enum NarrativeList
{
    Tasks,
    Priorities,
}

public static class NarrativeListParts
{
    /// <summary>The part of the report the list is: "tasks" or "priorities".</summary>
    public static string Part(this NarrativeList list) => list == NarrativeList.Tasks ? ReportParts.Tasks : ReportParts.Priorities;
}
