namespace NamDinh.Graph.Domain.Editing;

/// <summary>The lists of narrative items that users edit item by item.</summary>
public enum NarrativeList
{
    Tasks,
    Priorities,
}
