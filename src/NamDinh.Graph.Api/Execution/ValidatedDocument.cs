using GraphQLParser.AST;

namespace NamDinh.Graph.Api.Execution;

/// <summary>
/// A document that passed validation for one of its operations, with what the rules of a later request need to know
/// of it without walking it again: the kind of operation, and whether its cost can differ with the variables.
/// </summary>
public sealed class ValidatedDocument
{
    private static readonly HashSet<string> ArgumentsThatWeighLists = ["first", "last"];
    private static readonly HashSet<string> DirectivesThatDropFields = ["skip", "include"];

    public ValidatedDocument(GraphQLDocument document, string? operationName)
    {
        Document = document;
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>()
            .First(each => operationName is null || each.Name?.StringValue == operationName);
        OperationType = operation.Operation;
        CostDependsOnVariables = document.Definitions.Any(definition => TakesAVariableThatChangesCost(definition));
    }

    public GraphQLDocument Document { get; }

    public OperationType OperationType { get; }

    /// <summary>
    /// Whether a variable sets a list's weight (<c>first</c>, <c>last</c>) or drops fields (<c>@skip</c>, <c>@include</c>),
    /// the only ways the complexity analyzer's answer depends on the variables. Without, the cost is the one measured
    /// when the document was first validated.
    /// </summary>
    public bool CostDependsOnVariables { get; }

    private static bool TakesAVariableThatChangesCost(ASTNode node) => node switch
    {
        GraphQLArgument argument => argument.Value is GraphQLVariable && ArgumentsThatWeighLists.Contains(argument.Name.StringValue),
        GraphQLDirective directive => DirectivesThatDropFields.Contains(directive.Name.StringValue)
            && directive.Arguments?.Items.Any(argument => argument.Value is GraphQLVariable) == true,
        GraphQLOperationDefinition operation => Any(operation.Directives?.Items) || TakesAVariableThatChangesCost(operation.SelectionSet),
        GraphQLFragmentDefinition fragment => Any(fragment.Directives?.Items) || TakesAVariableThatChangesCost(fragment.SelectionSet),
        GraphQLSelectionSet selections => Any(selections.Selections),
        GraphQLField field => Any(field.Arguments?.Items) || Any(field.Directives?.Items) || (field.SelectionSet is { } inner && TakesAVariableThatChangesCost(inner)),
        GraphQLFragmentSpread spread => Any(spread.Directives?.Items),
        GraphQLInlineFragment inline => Any(inline.Directives?.Items) || TakesAVariableThatChangesCost(inline.SelectionSet),
        _ => false,
    };

    private static bool Any<TNode>(IEnumerable<TNode>? nodes) where TNode : ASTNode =>
        nodes?.Any(node => TakesAVariableThatChangesCost(node)) == true;
}
