using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using NamDinh.Graph.Api.Execution.Limits;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace NamDinh.Graph.Api.Execution.Compiled;

/// <summary>
/// Answers a query with a <see cref="PlannedAnswer"/> where one applies, and with GraphQL.NET's general (parallel)
/// executor where it does not. The request was parsed, validated and its variables read before either runs.
/// </summary>
internal sealed class PlannedQueryStrategy(PlanUse use, BoundedJson json, RequestLimits limits) : IExecutionStrategy
{
    private static readonly ParallelExecutionStrategy General = ParallelExecutionStrategy.Instance;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        if (json.SerializerOptions.WriteIndented || !use.MayPlan(context.Operation))
            return await General.ExecuteAsync(context);
        // A resolver that reports an error without throwing adds it here; the plan then leaves the answer to the
        // general executor, which must start from no errors.
        var errors = context.Errors;
        context.Errors = [];
        var (outcome, written) = await PlannedAnswer.WriteAsync(context, use, json.SerializerOptions, limits.MaxResponseBytes);
        if (context.Errors.Count > 0)
            outcome = outcome == PlannedAnswer.Outcome.Written ? PlannedAnswer.Outcome.NotThisRequest : outcome;
        context.Errors = errors;
        use.Count(outcome, context.Operation);
        if (outcome != PlannedAnswer.Outcome.Written)
            return await General.ExecuteAsync(context);
        return new ExecutionResult
        {
            Executed = true,
            Data = new WrittenData(written!),
            Query = context.Document.Source,
            Document = context.Document,
            Operation = context.Operation,
            Extensions = context.OutputExtensions,
        };
    }

    public Task ExecuteNodeTreeAsync(ExecutionContext context, ExecutionNode rootNode) => General.ExecuteNodeTreeAsync(context, rootNode);

    public Dictionary<string, (GraphQLField field, FieldType fieldType)>? GetSubFields(ExecutionContext executionContext, ExecutionNode executionNode) =>
        General.GetSubFields(executionContext, executionNode);
}
