using NamDinh.Graph.Api.Execution;

namespace NamDinh.Graph.Api.Tests.Performance;

/// <summary>
/// A cached document is costed again only when a variable can change its cost: a page size (first, last) or a field
/// dropped by @skip or @include, wherever it sits, in the operation or in a fragment.
/// </summary>
public sealed class ACostDependsOnVariablesOnlyThroughPagesAndSkips
{
    [Theory]
    [InlineData("query($p: String!) { report(province: $p, year: 2021) { id } }", false)]
    [InlineData("{ indicators(first: 5) { totalCount } }", false)]
    [InlineData("query($n: Int) { indicators(first: $n) { totalCount } }", true)]
    [InlineData("query($n: Int) { a: reports { history(last: $n) { totalCount } } }", true)]
    [InlineData("query($s: Boolean!) { reports { id @skip(if: $s) } }", true)]
    [InlineData("query($s: Boolean!) { reports { ...F } } fragment F on Report { id @include(if: $s) }", true)]
    [InlineData("query($n: Int) { ...Q } fragment Q on Query { indicators(first: $n) { totalCount } }", true)]
    [InlineData("query($s: Boolean!) { reports { ... on Report @include(if: $s) { id } } }", true)]
    [InlineData("{ reports { id @skip(if: true) } }", false)]
    public void Only_page_sizes_and_skips_from_variables_count(string query, bool dependsOnVariables) =>
        Assert.Equal(dependsOnVariables, new ValidatedDocument(GraphQLParser.Parser.Parse(query), null).CostDependsOnVariables);

    [Fact]
    public void The_operation_run_gives_the_kind()
    {
        var document = GraphQLParser.Parser.Parse("query Q { reports { id } } mutation M { x }");

        Assert.Equal(GraphQLParser.AST.OperationType.Mutation, new ValidatedDocument(document, "M").OperationType);
        Assert.Equal(GraphQLParser.AST.OperationType.Query, new ValidatedDocument(document, "Q").OperationType);
    }
}
