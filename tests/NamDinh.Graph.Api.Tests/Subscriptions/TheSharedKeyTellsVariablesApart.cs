using GraphQL;
using NamDinh.Graph.Api.Execution.Subscriptions;

namespace NamDinh.Graph.Api.Tests.Subscriptions;

/// <summary>
/// Subscribers share an execution only when the document, the operation name and every variable are the same: a number
/// and the same digits as text differ, so do an int and a float, and so does a variable left out from one set to null.
/// </summary>
public sealed class TheSharedKeyTellsVariablesApart
{
    private const string Query = "subscription($p: String, $y: Int) { reportChanged(province: $p, year: $y) { version } }";

    [Fact]
    public void The_same_request_has_the_same_key()
    {
        Assert.Equal(Key(Query, null, ("p", "36"), ("y", 2021)), Key(Query, null, ("p", "36"), ("y", 2021)));
        Assert.Equal(Key(Query, null, ("w", new Dictionary<string, object?> { ["a"] = new List<object?> { 1, "x" } })),
            Key(Query, null, ("w", new Dictionary<string, object?> { ["a"] = new List<object?> { 1, "x" } })));
    }

    [Fact]
    public void Any_difference_in_what_decides_the_answer_makes_another_key()
    {
        var keys = new[]
        {
            Key(Query, null, ("p", "36"), ("y", 2021)),
            Key(Query, null, ("p", "36"), ("y", "2021")),
            Key(Query, null, ("p", "36"), ("y", 2021.0)),
            Key(Query, null, ("p", "36"), ("y", 2021L)),
            Key(Query, null, ("p", "36")),
            Key(Query, null, ("p", "36"), ("y", null)),
            Key(Query, "Named", ("p", "36"), ("y", 2021)),
            Key(Query + " ", null, ("p", "36"), ("y", 2021)),
            Key(Query, null),
        };
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void A_request_without_text_or_with_a_variable_of_an_unknown_kind_is_not_shared()
    {
        Assert.Null(SharedOperationKey.Of(new ExecutionOptions { Query = null }));
        Assert.Null(Key(Query, null, ("p", new object())));
    }

    private static string? Key(string query, string? operationName, params (string Name, object? Value)[] variables) =>
        SharedOperationKey.Of(new ExecutionOptions
        {
            Query = query,
            OperationName = operationName,
            Variables = variables.Length == 0 ? null : new Inputs(variables.ToDictionary(v => v.Name, v => v.Value)),
        });
}
