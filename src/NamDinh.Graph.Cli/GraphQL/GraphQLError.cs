using System.Text.Json.Nodes;

namespace NamDinh.Graph.Cli.GraphQL;

/// <summary>
/// One error of a GraphQL answer: its message, <c>extensions.code</c> ("NOT_FOUND", "BAD_USER_INPUT", …),
/// <c>extensions.field</c> (the input field at fault) and any other facts the extensions carry (a current version).
/// </summary>
public sealed record GraphQLError(string Message, string? Code, string? Field, IReadOnlyList<KeyValuePair<string, string>> OtherFacts)
{
    public static GraphQLError From(JsonNode? error)
    {
        var extensions = error?["extensions"] as JsonObject;
        var others = extensions?
            .Where(entry => entry.Key is not ("code" or "field"))
            .Select(entry => KeyValuePair.Create(entry.Key, entry.Value is JsonValue value ? value.ToString() : entry.Value?.ToJsonString() ?? "null"))
            .ToList() ?? [];
        return new GraphQLError(
            error?["message"]?.GetValue<string>() ?? "(an error without a message)",
            extensions?["code"]?.GetValue<string>(),
            extensions?["field"]?.GetValue<string>(),
            others);
    }

    /// <summary>The error as one line: "message (code: BAD_USER_INPUT, field: input.value)".</summary>
    public override string ToString()
    {
        var facts = new List<string>();
        if (Code is not null)
            facts.Add($"code: {Code}");
        if (Field is not null)
            facts.Add($"field: {Field}");
        facts.AddRange(OtherFacts.Select(fact => $"{fact.Key}: {fact.Value}"));
        return facts.Count == 0 ? Message : $"{Message} ({string.Join(", ", facts)})";
    }
}
