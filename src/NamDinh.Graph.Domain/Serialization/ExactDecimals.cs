using System.Text.Json;
using System.Text.Json.Serialization;

namespace NamDinh.Graph.Domain.Serialization;

/// <summary>
/// Decimals as numbers, not as the digits someone typed: 555.50 and 555.5 are one value, kept and written
/// as 555.5, so the same figure never counts as a change.
/// </summary>
public static class ExactDecimals
{
    /// <summary>The same value without trailing zeros after the decimal mark ("130.00" is 130).</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>The shortest exact text of a number: "130", not "130.0".</summary>
    public static string Text(decimal value) => Normalize(value).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads and writes decimals in JSON normalized.</summary>
    public sealed class JsonConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Normalize(reader.GetDecimal());

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(Normalize(value));
    }
}
