using GraphQL;
using GraphQLParser.AST;
using NamDinh.Graph.Api.Errors;

namespace NamDinh.Graph.Api.Execution.Limits;

/// <summary>
/// Cancels a query that runs longer than <see cref="RequestLimits.ExecutionTimeout"/>, whatever its cost was estimated
/// at; it answers QUERY_TIMEOUT. Only queries: a mutation stopped half way would have changed part of what it was asked
/// to, and a subscription lives as long as its client listens.
/// </summary>
public static class QueryTimeout
{
    /// <summary>A cancellation that fires after <paramref name="timeout"/> or with <paramref name="request"/>'s; null for an operation that is not a query.</summary>
    public static CancellationTokenSource? Start(GraphQLDocument? document, string? operationName, TimeSpan timeout, CancellationToken request)
    {
        var operation = document?.Definitions.OfType<GraphQLOperationDefinition>()
            .FirstOrDefault(each => operationName is null || each.Name?.StringValue == operationName);
        if (operation is not { Operation: OperationType.Query })
            return null;
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(request);
        cancellation.CancelAfter(timeout);
        return cancellation;
    }

    public static ExecutionError Error(TimeSpan timeout) =>
        new($"The query ran longer than {timeout.TotalMilliseconds:0.###} ms, the most this server gives one, and was stopped; ask for fewer reports or fields.")
        { Code = ErrorCodes.QueryTimeout };
}
