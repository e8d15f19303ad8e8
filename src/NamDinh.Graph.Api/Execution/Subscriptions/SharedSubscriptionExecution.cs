using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace NamDinh.Graph.Api.Execution.Subscriptions;

/// <summary>
/// Executes subscriptions as GraphQL.NET does, except that an event is executed once for all the subscribers of this
/// node whose operations share a <see cref="SharedOperationKey"/> (<see cref="SubscriptionFanOut"/>). Each subscriber
/// still takes its events in order, through its own pipeline, and its transport still queues and cuts off as before.
/// The shared execution belongs to no subscriber: it is cancelled only when the server stops, and resolves the node's
/// services (all singletons) rather than those of the request that happened to run it first, which may end meanwhile.
/// </summary>
public sealed class SharedSubscriptionExecution(SubscriptionFanOut fanOut, IServiceProvider services, IHostApplicationLifetime lifetime)
    : SubscriptionExecutionStrategy
{
    /// <summary>Each subscription's key, worked out once per subscription rather than once per event ("" when not shared).</summary>
    private readonly ConditionalWeakTable<ExecutionOptions, string> _keys = new();

    protected override ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        if (SubscriptionFanOut.EventOf(value) is not var (change, part)
            || _keys.GetValue(context.ExecutionOptions, static options => SharedOperationKey.Of(options) ?? "") is not { Length: > 0 } operation)
            return base.ProcessDataAsync(context, node, value);
        return new(fanOut.AnswerAsync(change, part, operation, () => ExecuteOnceAsync(context, node, value)));
    }

    private async Task<ExecutionResult> ExecuteOnceAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        context.CancellationToken = lifetime.ApplicationStopping;
        context.RequestServices = services;
        return new SharedEventResult(await base.ProcessDataAsync(context, node, value));
    }
}
