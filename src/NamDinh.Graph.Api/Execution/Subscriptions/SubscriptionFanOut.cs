using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Domain.Changes;

namespace NamDinh.Graph.Api.Execution.Subscriptions;

/// <summary>
/// Shares a subscription event's execution between the subscribers whose operations have the same
/// <see cref="SharedOperationKey"/>: the first to take the event runs it, the others wait for the same answer
/// (<see cref="SharedEventResult"/>, written as JSON once). The answers are kept beside the change they answer, and
/// let go with it once every subscriber's pipeline has passed it on. <see cref="Executions"/> counts the executions
/// run, <see cref="Shared"/> the answers taken without one.
/// </summary>
public sealed class SubscriptionFanOut
{
    private readonly ConditionalWeakTable<ReportChange, ConcurrentDictionary<(string Operation, object? Part), Task<ExecutionResult>>> _answers = new();
    private long _executions;
    private long _shared;

    /// <summary>How many subscription events were executed (once per change, operation and figure).</summary>
    public long Executions => Interlocked.Read(ref _executions);

    /// <summary>How many subscribers took an answer another subscriber's execution made.</summary>
    public long Shared => Interlocked.Read(ref _shared);

    /// <summary>The change an event is made of, and which part of it (a figure), or null for a source not shared.</summary>
    public static (ReportChange Change, object? Part)? EventOf(object? source) => source switch
    {
        ReportChange change => (change, null),
        IndicatorChange figure => (figure.Change, figure.Entry),
        _ => null,
    };

    /// <summary>
    /// The answer to <paramref name="change"/>'s event (its <paramref name="part"/>) for the operation
    /// <paramref name="operation"/>: run by <paramref name="execute"/> for the first subscriber that asks, the same
    /// task for every other.
    /// </summary>
    public Task<ExecutionResult> AnswerAsync(ReportChange change, object? part, string operation, Func<Task<ExecutionResult>> execute)
    {
        var answers = _answers.GetValue(change, static _ => new());
        var key = (operation, part);
        if (!answers.TryGetValue(key, out var answer))
        {
            var running = new TaskCompletionSource<ExecutionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            answer = answers.GetOrAdd(key, running.Task);
            if (answer == running.Task)
            {
                Interlocked.Increment(ref _executions);
                _ = RunAsync(running, execute);
                return answer;
            }
        }
        Interlocked.Increment(ref _shared);
        return answer;
    }

    private static async Task RunAsync(TaskCompletionSource<ExecutionResult> answer, Func<Task<ExecutionResult>> execute)
    {
        try
        {
            answer.SetResult(await execute());
        }
        catch (Exception error)
        {
            answer.SetException(error);
        }
    }
}
