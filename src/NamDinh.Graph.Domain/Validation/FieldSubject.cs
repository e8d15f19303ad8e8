namespace NamDinh.Graph.Domain.Validation;

/// <summary>What the field at fault belongs to: the edit itself, the figure, ranking or item it writes, or a whole report.</summary>
public enum FieldSubject
{
    Edit,
    Indicator,
    Ranking,
    Item,
    Report,
}

public static class FieldSubjectNames
{
    /// <summary>The name a field path starts with ("indicator"); none for the edit's own fields.</summary>
    public static string? Name(this FieldSubject subject) => subject switch
    {
        FieldSubject.Indicator => "indicator",
        FieldSubject.Ranking => "ranking",
        FieldSubject.Item => "item",
        FieldSubject.Report => "report",
        _ => null,
    };
}
