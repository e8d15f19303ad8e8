using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Differential;

/// <summary>A reference to a type as a field, argument or variable declares it: a name, or a list or non-null of one.</summary>
public sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
{
    public bool IsNonNull => Kind == "NON_NULL";

    public bool IsList => Kind == "LIST" || (IsNonNull && OfType!.IsList);

    /// <summary>The type without its list and non-null wrappers.</summary>
    public string NamedType => Name ?? OfType!.NamedType;

    /// <summary>The type without its non-null wrapper.</summary>
    public TypeRef Nullable => IsNonNull ? OfType! : this;

    public override string ToString() => Kind switch
    {
        "NON_NULL" => OfType + "!",
        "LIST" => "[" + OfType + "]",
        _ => Name!,
    };

    public static TypeRef Read(JsonNode node) =>
        new(node.Text("kind"), node["name"]?.GetValue<string>(), node["ofType"] is { } of ? Read(of) : null);
}

/// <summary>An argument or an input object's field.</summary>
public sealed record InputValueDef(string Name, TypeRef Type, bool HasDefault)
{
    public bool Required => Type.IsNonNull && !HasDefault;
}

public sealed record FieldDef(string Name, IReadOnlyList<InputValueDef> Args, TypeRef Type);

public sealed record TypeDef(
    string Kind, string Name, IReadOnlyList<FieldDef> Fields, IReadOnlyList<InputValueDef> InputFields, IReadOnlyList<string> EnumValues, IReadOnlyList<string> PossibleTypes)
{
    public bool IsLeaf => Kind is "SCALAR" or "ENUM";

    public bool IsComposite => Kind is "OBJECT" or "INTERFACE" or "UNION";
}

/// <summary>The schema a server serves, read by introspection: its types, their fields and arguments.</summary>
public sealed class SchemaModel(IReadOnlyDictionary<string, TypeDef> types, string queryType)
{
    private const string Introspection = """
        query Schema {
          __schema {
            queryType { name }
            types {
              kind name
              fields { name args { name defaultValue type { ...T } } type { ...T } }
              inputFields { name defaultValue type { ...T } }
              enumValues { name }
              possibleTypes { name }
            }
          }
        }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    public IReadOnlyDictionary<string, TypeDef> Types { get; } = types;

    public TypeDef Query => Types[queryType];

    public TypeDef this[string name] => Types[name];

    public static async Task<SchemaModel> ReadAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query = Introspection });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var schema = body["data"]?["__schema"] ?? throw new InvalidOperationException("Introspection failed: " + body.ToJsonString());
        var types = new Dictionary<string, TypeDef>(StringComparer.Ordinal);
        foreach (var type in schema.Array("types"))
        {
            var name = type.Text("name");
            types[name] = new TypeDef(
                type.Text("kind"),
                name,
                [.. (type!["fields"]?.AsArray() ?? []).Select(field => new FieldDef(field.Text("name"), InputValues(field!["args"]), TypeRef.Read(field!["type"]!)))],
                InputValues(type["inputFields"]),
                [.. (type["enumValues"]?.AsArray() ?? []).Select(value => value.Text("name"))],
                [.. (type["possibleTypes"]?.AsArray() ?? []).Select(value => value.Text("name"))]);
        }
        return new SchemaModel(types, schema["queryType"].Text("name"));
    }

    private static List<InputValueDef> InputValues(JsonNode? values) =>
        [.. (values?.AsArray() ?? []).Select(value => new InputValueDef(value.Text("name"), TypeRef.Read(value!["type"]!), value!["defaultValue"] is not null))];
}
