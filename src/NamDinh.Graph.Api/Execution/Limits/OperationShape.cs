using GraphQL.Validation;
using GraphQLParser.AST;
using NamDinh.Graph.Api.Errors;

namespace NamDinh.Graph.Api.Execution.Limits;

/// <summary>
/// Refuses a document with more aliases than <see cref="RequestLimits.MaxAliases"/>, or an operation selecting more
/// root fields than <see cref="RequestLimits.MaxRootFields"/> (fragments spread at the root count with it): the cheap
/// ways to make one request do the work of thousands.
/// </summary>
public sealed class OperationShape(RequestLimits limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var aliases = 0;
        return new(new NodeVisitors(
            new MatchingNodeVisitor<GraphQLField>((field, validation) =>
            {
                if (field.Alias is not null && ++aliases == limits.MaxAliases + 1)
                    Report(validation, field, $"The document uses more than {limits.MaxAliases} aliases.");
            }),
            new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
            {
                if (operation != validation.Operation)
                    return;
                var rootFields = CountFields(operation.SelectionSet, validation.Document, []);
                if (rootFields > limits.MaxRootFields)
                    Report(validation, operation, $"The operation selects {rootFields} fields at its root; at most {limits.MaxRootFields} are allowed.");
            })));
    }

    private static int CountFields(GraphQLSelectionSet selections, GraphQLDocument document, HashSet<string> spread)
    {
        var count = 0;
        foreach (var selection in selections.Selections)
        {
            count += selection switch
            {
                GraphQLField => 1,
                GraphQLInlineFragment inline => CountFields(inline.SelectionSet, document, spread),
                GraphQLFragmentSpread fragment when spread.Add(fragment.FragmentName.Name.StringValue)
                    && document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(definition => definition.FragmentName.Name == fragment.FragmentName.Name) is { } definition
                    => CountFields(definition.SelectionSet, document, spread),
                _ => 0,
            };
        }
        return count;
    }

    private static void Report(ValidationContext validation, ASTNode node, string message) =>
        validation.ReportError(new ValidationError(validation.Document.Source, number: null, message, node) { Code = ErrorCodes.QueryTooComplex });
}
