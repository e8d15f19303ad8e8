using System.Text.Json;
using System.Text.Json.Serialization;

namespace NamDinh.Graph.Api.Execution.Compiled;

/// <summary>
/// The "data" of an answer already written as JSON by a <see cref="PlannedAnswer"/>, handed to GraphQL.NET's
/// serializer as the result's data: it writes the bytes as they are, so the answer goes out through the same
/// transports, limits and caches as any other.
/// </summary>
[JsonConverter(typeof(WrittenDataConverter))]
public sealed class WrittenData(byte[] json)
{
    public ReadOnlyMemory<byte> Json { get; } = json;

    private sealed class WrittenDataConverter : JsonConverter<WrittenData>
    {
        public override WrittenData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Written data is only written.");

        public override void Write(Utf8JsonWriter writer, WrittenData value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Json.Span, skipInputValidation: true);
    }
}
