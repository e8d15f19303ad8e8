using GraphQL.Validation;
using GraphQLParser.AST;
using NamDinh.Graph.Api.Errors;

namespace NamDinh.Graph.Api.Transport;

/// <summary>
/// A GET must not change anything, so over GET only a query operation may run; a mutation is refused
/// before it executes, and the endpoint answers 405 with "Allow: POST".
/// </summary>
public sealed class GetRequestsRunQueriesOnly : ValidationRuleBase
{
    public static readonly GetRequestsRunQueriesOnly Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, context) =>
    {
        if (operation == context.Operation && operation.Operation != OperationType.Query)
            context.ReportError(new ValidationError(
                context.Document.Source, number: null,
                $"A {operation.Operation.ToString().ToLowerInvariant()} cannot run over GET; send it with POST.", operation)
            {
                Code = ErrorCodes.MethodNotAllowed,
            });
    });
}
