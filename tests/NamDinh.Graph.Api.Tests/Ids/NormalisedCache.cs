using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Ids;

/// <summary>
/// What a normalising client cache (Apollo Client's InMemoryCache, urql's Graphcache, at their defaults) makes of
/// answers: each object with a <c>__typename</c> is kept under its type and id, its fields merged from every answer,
/// an object field by the id of the object in it. A field an answer gives another value than one before is a
/// conflict: the cache would show one of the two where the other was meant.
/// </summary>
public sealed class NormalisedCache
{
    private readonly Dictionary<string, Dictionary<string, string>> _objects = [];
    private readonly List<string> _conflicts = [];

    /// <summary>Every object kept, by id, with the root fields of the answers it was found under.</summary>
    public Dictionary<string, HashSet<string>> FoundUnder { get; } = [];

    /// <summary>Objects that carry a type name but no id: a cache could not key them.</summary>
    public List<string> WithoutId { get; } = [];

    public IReadOnlyList<string> Conflicts => _conflicts;

    public IEnumerable<string> Ids => _objects.Keys;

    public string TypeOf(string id) => JsonNode.Parse(_objects[id]["__typename"])!.GetValue<string>();

    public IReadOnlyDictionary<string, string> FieldsOf(string id) => _objects[id];

    /// <summary>Writes every object of <paramref name="data"/>, noting under which root field each was found.</summary>
    public NormalisedCache Write(JsonNode? data)
    {
        foreach (var (root, value) in data?.AsObject() ?? [])
            Value(value, root, $"{root}");
        return this;
    }

    private string Value(JsonNode? node, string root, string path) => node switch
    {
        JsonObject { } found when found["__typename"] is not null => Object(found, root, path),
        JsonObject embedded => "{" + string.Join(",", embedded.Select(field => $"{field.Key}:{Value(field.Value, root, $"{path}.{field.Key}")}")) + "}",
        JsonArray list => "[" + string.Join(",", list.Select((item, index) => Value(item, root, $"{path}[{index}]"))) + "]",
        null => "null",
        _ => node.ToJsonString(),
    };

    private string Object(JsonObject found, string root, string path)
    {
        if (found["id"]?.GetValue<string>() is not { } id)
        {
            WithoutId.Add($"{found["__typename"]} at {path}");
            return "?";
        }
        var fields = _objects.TryGetValue(id, out var known) ? known : _objects[id] = [];
        foreach (var (name, value) in found)
        {
            var written = Value(value, root, $"{path}.{name}");
            if (fields.TryGetValue(name, out var before) && before != written)
                _conflicts.Add($"{id}.{name} is {before} in one place and {written} at {path}");
            fields[name] = written;
        }
        (FoundUnder.TryGetValue(id, out var roots) ? roots : FoundUnder[id] = []).Add(root);
        return $"ref({id})";
    }
}
