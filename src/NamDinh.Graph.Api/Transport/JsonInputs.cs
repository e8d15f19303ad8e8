using System.Globalization;
using System.Numerics;
using System.Text.Json;
using GraphQL;
using NamDinh.Graph.Api.Schema.Scalars;

namespace NamDinh.Graph.Api.Transport;

/// <summary>
/// Reads a request's variables and extensions from JSON as GraphQL.NET's reader does, except numbers: that reader
/// rounds a number to what a decimal or a double holds (1e-400 arrives as 0, a fraction of 30 digits cut to 28)
/// before any scalar sees it. Here an integer is an int, a long or a BigInteger; a fraction a decimal where a decimal
/// holds it exactly, and otherwise its text as written (<see cref="InexactNumber"/>), which the Decimal scalar refuses
/// saying why and every other scalar refuses as not its kind.
/// </summary>
public static class JsonInputs
{
    /// <summary>A JSON object as GraphQL inputs; a key twice is an <see cref="ArgumentException"/>.</summary>
    public static Inputs Read(JsonElement map) => new(Object(map));

    private static Dictionary<string, object?> Object(JsonElement map)
    {
        var values = new Dictionary<string, object?>();
        foreach (var property in map.EnumerateObject())
            values.Add(property.Name, Value(property.Value));
        return values;
    }

    private static object? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => Object(value),
        JsonValueKind.Array => value.EnumerateArray().Select(Value).ToList(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => Number(value),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static object Number(JsonElement number)
    {
        var text = number.GetRawText();
        if (text.AsSpan().IndexOfAny('.', 'e', 'E') < 0)
            return number.TryGetInt32(out var small) ? small
                : number.TryGetInt64(out var large) ? large
                : BigInteger.Parse(text, CultureInfo.InvariantCulture);
        try
        {
            return ExactDecimalText.Parse(text);
        }
        catch (RefusedNumberException)
        {
            return new InexactNumber(text);
        }
    }
}
