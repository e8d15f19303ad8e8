using GraphQL.Execution;
using GraphQLParser.AST;
using NamDinh.Graph.Api.Execution.Limits;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace NamDinh.Graph.Api.Execution.Compiled;

/// <summary>Chooses the strategy of an operation: planned answers for queries when <see cref="CompiledPlanSettings.CompiledPlans"/> is on, GraphQL.NET's own otherwise.</summary>
internal sealed class PlannedStrategySelector(
    CompiledPlanSettings settings, PlanUse use, BoundedJson json, RequestLimits limits, IEnumerable<ExecutionStrategyRegistration> registered) : IExecutionStrategySelector
{
    /// <summary>GraphQL.NET's choice, with the strategies registered for other kinds of operation (subscriptions share theirs).</summary>
    private readonly DefaultExecutionStrategySelector _default = new(registered);
    private readonly PlannedQueryStrategy _planned = new(use, json, limits);

    public IExecutionStrategy Select(ExecutionContext context) =>
        settings.CompiledPlans && context.Operation.Operation == OperationType.Query ? _planned : _default.Select(context);
}
