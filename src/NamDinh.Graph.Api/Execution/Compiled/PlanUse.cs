using System.Runtime.CompilerServices;
using GraphQLParser.AST;

namespace NamDinh.Graph.Api.Execution.Compiled;

/// <summary>
/// How often queries were answered by a <see cref="PlannedAnswer"/> and how often the general executor answered
/// instead, the operations it must always answer (found once, kept with the cached document they belong to), and
/// the fields each operation asks where no directive can change them.
/// </summary>
public sealed class PlanUse
{
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, object> _leftToTheExecutor = [];
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, PlannedSelection> _selections = [];
    private long _planned;
    private long _leftOver;

    /// <summary>Queries answered by a plan.</summary>
    public long Planned => Interlocked.Read(ref _planned);

    /// <summary>Queries a plan began and left to the general executor.</summary>
    public long LeftOver => Interlocked.Read(ref _leftOver);

    /// <summary>Whether a plan may answer <paramref name="operation"/>: not when it found before that the operation needs the general executor.</summary>
    public bool MayPlan(GraphQLOperationDefinition operation) => !_leftToTheExecutor.TryGetValue(operation, out _);

    /// <summary>
    /// The fields the operation asks at its root, kept with it (and with them, as they are collected, the fields below)
    /// when no directive can change them; collected for this request only otherwise.
    /// </summary>
    internal PlannedSelection? SelectionOf(GraphQLDocument document, GraphQLOperationDefinition operation, Func<PlannedSelection?> collect)
    {
        if (_selections.TryGetValue(operation, out var kept))
            return kept;
        var collected = collect();
        if (collected is not null && !PlannedSelection.DependsOnVariables(document))
            _selections.AddOrUpdate(operation, collected);
        return collected;
    }

    internal void Count(PlannedAnswer.Outcome outcome, GraphQLOperationDefinition operation)
    {
        if (outcome == PlannedAnswer.Outcome.Written)
        {
            Interlocked.Increment(ref _planned);
            return;
        }
        Interlocked.Increment(ref _leftOver);
        if (outcome == PlannedAnswer.Outcome.NotThisOperation)
            _leftToTheExecutor.AddOrUpdate(operation, this);
    }
}
