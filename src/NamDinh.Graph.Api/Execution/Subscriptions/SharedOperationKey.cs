using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using GraphQL;

namespace NamDinh.Graph.Api.Execution.Subscriptions;

/// <summary>
/// What decides a subscription event's answer besides the event itself: the document's text, the operation's name and
/// the variables as the client sent them. Who subscribed is not part of it: access is decided once, when the operation
/// is validated (<see cref="Auth.OperationAccess"/>), and no field of a subscription event reads the user, so two
/// subscribers with equal keys are sent the same answer. A field that comes to answer differently by user must add
/// what it reads of the user here.
/// </summary>
public static class SharedOperationKey
{
    /// <summary>The key, or null when the request cannot be keyed (no text, or a variable of a kind not written here).</summary>
    public static string? Of(ExecutionOptions options)
    {
        if (options.Query is not { } query)
            return null;
        var variables = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(variables))
        {
            if (!TryWrite(writer, options.Variables))
                return null;
        }
        return string.Create(CultureInfo.InvariantCulture, $"{query.Length}:{query}{options.OperationName?.Length ?? -1}:{options.OperationName}{Encoding.UTF8.GetString(variables.WrittenSpan)}");
    }

    /// <summary>Writes a variable's value as JSON, each kind told apart (1, 1.0 and "1" differ); false for a kind it does not know.</summary>
    private static bool TryWrite(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return true;
            case string text:
                writer.WriteStringValue(text);
                return true;
            case bool flag:
                writer.WriteBooleanValue(flag);
                return true;
            case int number:
                writer.WriteNumberValue(number);
                return true;
            case long number:
                writer.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"long:{number}"));
                return true;
            case double number:
                writer.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"double:{number:R}"));
                return true;
            case decimal number:
                writer.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"decimal:{number}"));
                return true;
            case BigInteger number:
                writer.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"big:{number}"));
                return true;
            case IEnumerable<KeyValuePair<string, object?>> fields:
                writer.WriteStartObject();
                foreach (var (name, field) in fields)
                {
                    writer.WritePropertyName(name);
                    if (!TryWrite(writer, field))
                        return false;
                }
                writer.WriteEndObject();
                return true;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    if (!TryWrite(writer, item))
                        return false;
                }
                writer.WriteEndArray();
                return true;
            default:
                return false;
        }
    }
}
