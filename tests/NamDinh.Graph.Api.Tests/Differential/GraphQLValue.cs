using System.Globalization;
using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Differential;

/// <summary>A value for an argument or a variable, written either in a document (a literal) or in the variables (JSON).</summary>
public abstract record GraphQLValue
{
    public abstract string ToLiteral();

    public abstract JsonNode? ToJson();
}

/// <summary>null, a number, a string or a boolean: written the same in both, but for a string's quotes.</summary>
public sealed record ScalarValue(JsonNode? Json) : GraphQLValue
{
    public static readonly ScalarValue Null = new((JsonNode?)null);

    public ScalarValue(string text) : this(JsonValue.Create(text)) { }

    public ScalarValue(int number) : this(JsonValue.Create(number)) { }

    public ScalarValue(bool flag) : this(JsonValue.Create(flag)) { }

    // JSON's escapes are GraphQL's; the encoder writes every character outside ASCII as \u.
    public override string ToLiteral() => Json is null ? "null" : Json.ToJsonString();

    public override JsonNode? ToJson() => Json?.DeepClone();
}

public sealed record EnumValue(string Name) : GraphQLValue
{
    public override string ToLiteral() => Name;

    public override JsonNode? ToJson() => JsonValue.Create(Name);
}

public sealed record ListValue(IReadOnlyList<GraphQLValue> Items) : GraphQLValue
{
    public override string ToLiteral() => "[" + string.Join(", ", Items.Select(item => item.ToLiteral())) + "]";

    public override JsonNode? ToJson() => new JsonArray([.. Items.Select(item => item.ToJson())]);
}

public sealed record ObjectValue(IReadOnlyList<KeyValuePair<string, GraphQLValue>> Fields) : GraphQLValue
{
    public override string ToLiteral() => "{" + string.Join(", ", Fields.Select(field => field.Key + ": " + field.Value.ToLiteral())) + "}";

    public override JsonNode? ToJson()
    {
        var json = new JsonObject();
        foreach (var (name, value) in Fields)
            json[name] = value.ToJson();
        return json;
    }
}

/// <summary>
/// Values for arguments and variables by their name and type, from the data the servers hold (<see cref="DataPools"/>):
/// mostly provinces, years, codes and ids that exist, now and then ones that do not (an unknown province, a year
/// without reports, a page of 0), so that answers hold data, nulls and errors.
/// </summary>
public sealed class ValueMaker(SchemaModel schema, DataPools data, Random random)
{
    private static readonly string[] UnknownProvinces = ["atlantis", "99", "Nam Định", ""];

    public GraphQLValue Of(TypeRef type, string name, string field)
    {
        if (!type.IsNonNull && random.NextDouble() < 0.04)
            return ScalarValue.Null;
        var nullable = type.Nullable;
        if (nullable.Kind == "LIST")
            return new ListValue([.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Of(nullable.OfType!, name, field))]);
        if (!schema.Types.TryGetValue(nullable.NamedType, out var named))
            return new ScalarValue("x");
        return named.Kind switch
        {
            "ENUM" => new EnumValue(Pick(named.EnumValues)),
            "INPUT_OBJECT" => InputObject(named, field),
            _ => Scalar(named.Name, name.ToLowerInvariant(), field),
        };
    }

    private ObjectValue InputObject(TypeDef type, string field)
    {
        var fields = type.InputFields.Where(input => input.Required || random.NextDouble() < 0.35).ToList();
        if (fields.Count == 0)
            fields.Add(Pick(type.InputFields));
        return new ObjectValue([.. fields.Select(input => KeyValuePair.Create(input.Name, Of(input.Type, input.Name, field)))]);
    }

    private ScalarValue Scalar(string type, string name, string field) => (name, field) switch
    {
        ("id", "province") => Province(),
        ("province" or "provinces", _) => Province(),
        ("year" or "fromyear" or "toyear", _) => new ScalarValue(Year()),
        ("code" or "codes", _) => new ScalarValue(random.NextDouble() < 0.93 ? Pick(data.IndicatorCodes) : "nope.nothing"),
        ("index", _) => new ScalarValue(random.NextDouble() < 0.9 ? Pick(data.RankingIndexes) : "no-such-index"),
        ("id" or "ids", _) => new ScalarValue(Id()),
        ("first", _) => new ScalarValue(First(field)),
        ("after", "reports") => new ScalarValue(random.NextDouble() < 0.85 ? Pick(data.ReportKeys) : "not-a-key"),
        ("after", "changes") => new ScalarValue(Pick(data.ReportKeys) + ":" + (1 + random.Next(2)).ToString(CultureInfo.InvariantCulture)),
        ("after", _) => new ScalarValue("not-a-cursor"),
        ("asof", _) => new ScalarValue(DifferentialHosts.Now.AddDays(random.Next(-400, 30)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        ("version", _) => new ScalarValue(random.Next(0, 3)),
        _ => type switch
        {
            "Int" => new ScalarValue(random.Next(1, 6)),
            "Boolean" => new ScalarValue(random.Next(2) == 0),
            "Decimal" or "Float" => new ScalarValue(JsonValue.Create(1.5m)),
            "DateTimeOffset" => new ScalarValue("2021-06-30T00:00:00Z"),
            "ID" => new ScalarValue(Id()),
            _ => new ScalarValue("x"),
        },
    };

    private ScalarValue Province() => random.NextDouble() switch
    {
        < 0.5 => new ScalarValue(Pick(data.ProvinceSlugs)),
        < 0.93 => new ScalarValue(Pick(data.ProvinceCodes)),
        _ => new ScalarValue(Pick(UnknownProvinces)),
    };

    public int Year() => random.NextDouble() switch
    {
        < 0.4 => 2021,
        < 0.94 => Pick(data.Years),
        _ => Pick(new[] { 1999, 2008, 2035 }),
    };

    private string Id() => random.NextDouble() switch
    {
        < 0.9 => Pick(data.Ids),
        < 0.95 => "Report:99-2021",
        _ => "nope",
    };

    private int First(string field) => random.NextDouble() < 0.04
        ? Pick(new[] { 0, -1, 100_000 })
        : field switch
        {
            "reports" => random.Next(1, 7),
            "indicators" => random.Next(1, 26),
            "changes" => random.Next(1, 11),
            _ => random.Next(1, 6),
        };

    public bool Chance(double probability) => random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
