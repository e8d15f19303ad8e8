using GraphQLParser.AST;
using NamDinh.Graph.Api.Schema.Scalars;

namespace NamDinh.Graph.Api.Tests;

public sealed class DecimalsAreExact
{
    private readonly ExactDecimalGraphType _scalar = new();

    [Theory]
    [InlineData("8.3", "8.3")]
    [InlineData("130.00", "130")]
    [InlineData("-28", "-28")]
    [InlineData("0.1", "0.1")]
    [InlineData("1150000000000", "1150000000000")]
    public void Values_are_written_as_their_shortest_exact_string(string stored, string written) =>
        Assert.Equal(written, _scalar.Serialize(decimal.Parse(stored, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Input_may_be_a_string_an_integer_or_a_float_and_stays_exact()
    {
        Assert.Equal(8.3m, _scalar.ParseLiteral(new GraphQLStringValue("8.3")));
        Assert.Equal(95m, _scalar.ParseLiteral(new GraphQLIntValue(95)));
        Assert.Equal(0.1m, _scalar.ParseLiteral(new GraphQLFloatValue(0.1)));
        Assert.Equal(0.1m, _scalar.ParseValue(0.1d));
        Assert.Equal(118m, _scalar.ParseValue("118"));
    }

    [Fact]
    public void Trailing_zeros_are_not_part_of_the_value() =>
        Assert.Equal("555.5", ((decimal)_scalar.ParseValue("555.50")!).ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("eight")]
    [InlineData("8,3")]
    [InlineData("")]
    public void Text_that_is_not_a_decimal_number_is_refused(string text) =>
        Assert.ThrowsAny<Exception>(() => _scalar.ParseValue(text));
}
