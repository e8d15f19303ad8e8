using System.Text;

namespace NamDinh.Graph.Api.Tests.Differential;

/// <summary>The differential test's comparison: one byte differing is a difference, and it says where.</summary>
public sealed class TheComparisonSeesEveryByte
{
    private static Answer Of(string body, int status = 200) => new(status, "application/graphql-response+json", Encoding.UTF8.GetBytes(body));

    [Fact]
    public void The_same_bytes_are_no_difference() =>
        Assert.Null(DifferentialRun.Difference(Of("""{"data":{"a":1}}"""), Of("""{"data":{"a":1}}""")));

    [Fact]
    public void One_byte_is_a_difference_and_the_message_says_where()
    {
        var difference = DifferentialRun.Difference(Of("""{"data":{"a":1}}"""), Of("""{"data":{"a":2}}"""));

        Assert.NotNull(difference);
        Assert.Contains("at byte 13", difference, StringComparison.Ordinal);
        Assert.Contains("{\"data\":{\"a\":⟨here⟩1}}", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_that_begins_the_other_differs_where_it_ends() =>
        Assert.Equal(3, DifferentialRun.FirstDifference("abc"u8.ToArray(), "abcd"u8.ToArray()));

    [Fact]
    public void Another_status_or_white_space_is_a_difference()
    {
        Assert.NotNull(DifferentialRun.Difference(Of("{}", 200), Of("{}", 400)));
        Assert.NotNull(DifferentialRun.Difference(Of("""{"data":null}"""), Of("""{"data": null}""")));
    }

    [Fact]
    public void Errors_in_another_order_are_told_from_other_errors()
    {
        var one = """{"errors":[{"message":"a"},{"message":"b"}],"data":{"x":null,"y":null}}"""u8.ToArray();
        var other = """{"errors":[{"message":"b"},{"message":"a"}],"data":{"x":null,"y":null}}"""u8.ToArray();
        var changed = """{"errors":[{"message":"b"},{"message":"c"}],"data":{"x":null,"y":null}}"""u8.ToArray();
        var reordered = """{"data":{"x":null,"y":null},"errors":[{"message":"b"},{"message":"a"}]}"""u8.ToArray();

        Assert.True(DifferentialRun.SameButForTheOrderOfErrors(one, other));
        Assert.False(DifferentialRun.SameButForTheOrderOfErrors(one, changed));
        Assert.False(DifferentialRun.SameButForTheOrderOfErrors(one, reordered));
    }

    [Fact]
    public void Only_correlation_ids_are_left_out()
    {
        var body = """{"errors":[{"message":"logged under correlation id ABC1.","extensions":{"code":"INTERNAL_SERVER_ERROR","correlationId":"ABC1"}}]}"""u8.ToArray();

        Assert.Equal(
            """{"errors":[{"message":"logged under correlation id ….","extensions":{"code":"INTERNAL_SERVER_ERROR","correlationId":"…"}}]}""",
            Encoding.UTF8.GetString(DifferentialRun.WithoutCorrelationIds(body)));
    }
}
