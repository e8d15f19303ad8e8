using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;
using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Api.Schema.Scalars;

/// <summary>
/// An exact decimal number, written in JSON as a string ("8.3", "1150") so that no client reads it as a
/// binary float. Accepted as input from a string, an integer or a float literal; "555.50" is 555.5. A number a
/// decimal cannot hold exactly is refused, never rounded (<see cref="ExactDecimalText"/>).
/// </summary>
public sealed class ExactDecimalGraphType : ScalarGraphType
{
    public ExactDecimalGraphType()
    {
        Name = "Decimal";
        Description = "An exact decimal number, serialized as a string with '.' as the decimal mark (\"8.3\", \"1150\"), never as a binary float. Input may be a string, an integer or a float literal. A number it cannot hold exactly (more than 28 significant digits, or a nonzero number below 1e-28) is refused, never rounded.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => ParseText(text.Value.Span),
        GraphQLIntValue integer => ParseText(integer.Value.Span),
        GraphQLFloatValue number => ParseText(number.Value.Span),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        decimal exact => ExactDecimals.Normalize(exact),
        string text => ParseText(text),
        InexactNumber number => ParseText(number.Text),
        int or long or short or byte or sbyte or uint or ulong or ushort => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        System.Numerics.BigInteger big => ParseText(big.ToString(CultureInfo.InvariantCulture)),
        double or float => ParseText(Convert.ToString(value, CultureInfo.InvariantCulture)),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        decimal exact => Format(exact),
        _ => ThrowSerializationError(value),
    };

    /// <summary>The shortest exact text of <paramref name="value"/>: "130", not "130.0".</summary>
    public static string Format(decimal value) => ExactDecimals.Text(value);

    private static decimal ParseText(ReadOnlySpan<char> text) => ExactDecimalText.Parse(text);
}
