using GraphQL.Validation;
using GraphQLParser.AST;
using NamDinh.Graph.Api.Errors;

namespace NamDinh.Graph.Api.Execution;

/// <summary>
/// Which operations a transport runs: a GET must change nothing, so it runs queries only (405, "Allow: POST");
/// a plain POST answers once, so a subscription needs a WebSocket or server-sent events (400). A refused operation
/// is refused before it executes.
/// </summary>
public sealed class OperationsAllowed(string transport, string code, params OperationType[] allowed) : ValidationRuleBase
{
    public static readonly OperationsAllowed OverGet = new("GET", ErrorCodes.MethodNotAllowed, OperationType.Query);

    public static readonly OperationsAllowed OverEventStreamGet = new("GET", ErrorCodes.MethodNotAllowed, OperationType.Query, OperationType.Subscription);

    public static readonly OperationsAllowed OverPostOrEventStream = new("POST", ErrorCodes.BadRequest, OperationType.Query, OperationType.Mutation, OperationType.Subscription);

    public static readonly OperationsAllowed OverPost = new("a plain POST (send Accept: text/event-stream, or use a WebSocket with graphql-transport-ws)", ErrorCodes.BadRequest, OperationType.Query, OperationType.Mutation);

    public bool Allows(OperationType operation) => allowed.Contains(operation);

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            if (operation == validation.Operation && !allowed.Contains(operation.Operation))
                validation.ReportError(new ValidationError(
                    validation.Document.Source, number: null,
                    $"A {operation.Operation.ToString().ToLowerInvariant()} cannot run over {transport}.", operation)
                {
                    Code = code,
                });
        }));
}
