namespace NamDinh.Graph.Api.Schema.Inputs;

/// <summary>
/// An input object's fields as the client wrote them: those left out are not here at all, those written as null are
/// here with null. That is what lets a change keep what it leaves out and clear what it names as null.
/// </summary>
public sealed class GivenFields(IDictionary<string, object?> fields)
{
    public T? Get<T>(string name) where T : class => fields.TryGetValue(name, out var value) ? (T?)value : null;

    public T? GetValue<T>(string name) where T : struct => fields.TryGetValue(name, out var value) && value is not null ? (T)value : null;

    /// <summary>An id or key: GraphQL's ID takes numbers too.</summary>
    public string? GetId(string name) => fields.TryGetValue(name, out var value) ? value?.ToString() : null;

    /// <summary>The fields written as null: the change clears them (or is refused, where a field cannot be cleared).</summary>
    public IReadOnlyList<string> Nulls => [.. fields.Where(given => given.Value is null).Select(given => given.Key)];
}
