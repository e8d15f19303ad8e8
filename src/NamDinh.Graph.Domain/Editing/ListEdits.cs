namespace NamDinh.Graph.Domain.Editing;

internal static class ListEdits
{
    /// <summary>Replaces the item that <paramref name="matches"/> in place, or adds <paramref name="item"/> at the end.</summary>
    public static IReadOnlyList<T> Upsert<T>(IReadOnlyList<T> items, T item, Func<T, bool> matches)
    {
        var list = items.ToList();
        var index = list.FindIndex(candidate => matches(candidate));
        if (index >= 0)
            list[index] = item;
        else
            list.Add(item);
        return list;
    }

    public static IReadOnlyList<T> Remove<T>(IReadOnlyList<T> items, Func<T, bool> matches, string field, string notFound)
    {
        var list = items.ToList();
        var index = list.FindIndex(candidate => matches(candidate));
        if (index < 0)
            throw new EditRefusedException(field, notFound);
        list.RemoveAt(index);
        return list;
    }
}
