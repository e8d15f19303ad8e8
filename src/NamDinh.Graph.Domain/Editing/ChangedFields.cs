using System.Text.Json.Nodes;

namespace NamDinh.Graph.Domain.Editing;

/// <summary>
/// Which fields of an item a change changed, by their names in the report files ("value", "comparisons.change",
/// "text.enTranslation"): an object's fields are named one level down. The mark a source gets when its figure's value
/// changes ("source.statedBaseValue") follows the value and is not a change of its own.
/// </summary>
public static class ChangedFields
{
    private static readonly HashSet<string> Marks = ["source.statedBaseValue"];

    /// <summary>The fields that differ; none for an item added or removed, and the part's name for a part of one value.</summary>
    public static IReadOnlyList<string> Of(RevisionEntry entry)
    {
        if (entry.OldValue is null || entry.NewValue is null)
            return [];
        if (JsonNode.Parse(entry.OldValue) is not JsonObject before || JsonNode.Parse(entry.NewValue) is not JsonObject after)
            return [entry.Part];
        return Between(before, after, "");
    }

    private static List<string> Between(JsonObject before, JsonObject after, string prefix)
    {
        var fields = new List<string>();
        foreach (var name in before.Select(field => field.Key).Union(after.Select(field => field.Key)))
        {
            var (old, now) = (before[name], after[name]);
            if (JsonNode.DeepEquals(old, now))
                continue;
            if (prefix.Length == 0 && old is JsonObject oldObject && now is JsonObject newObject)
                fields.AddRange(Between(oldObject, newObject, name + "."));
            else
                fields.Add(prefix + name);
        }
        return [.. fields.Where(field => !Marks.Contains(field))];
    }
}
