using System.Diagnostics.CodeAnalysis;

namespace NamDinh.Graph.Api.Schema.Ids;

/// <summary>
/// An id unique across the whole API: the GraphQL type's name, a colon, and a key within that type, e.g.
/// "IndicatorValue:36-2021:postal.revenue". Clients take it as opaque (it keys their caches); people read it in logs.
/// A key is made of parts joined by colons; only the last part may hold colons of its own.
/// </summary>
public readonly record struct GlobalId(string TypeName, string Key)
{
    public override string ToString() => $"{TypeName}:{Key}";

    public static string Of(string typeName, params IEnumerable<string> keyParts) => $"{typeName}:{string.Join(':', keyParts)}";

    /// <summary>
    /// Reads an id: a type name (a capital, then letters and digits), a colon, and a key that is not empty.
    /// Any other text, such as a report's own key of an item ("task-3.1-01"), is not an id.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out GlobalId id)
    {
        id = default;
        var colon = text?.IndexOf(':') ?? -1;
        if (colon <= 0 || colon == text!.Length - 1 || !char.IsAsciiLetterUpper(text[0]) || !text[..colon].All(char.IsAsciiLetterOrDigit))
            return false;
        id = new GlobalId(text[..colon], text[(colon + 1)..]);
        return true;
    }

    /// <summary>The key cut into <paramref name="count"/> parts at its first colons; false when it has fewer.</summary>
    public bool TrySplit(int count, out string[] parts)
    {
        parts = Key.Split(':', count);
        return parts.Length == count && parts.All(part => part.Length > 0);
    }
}
