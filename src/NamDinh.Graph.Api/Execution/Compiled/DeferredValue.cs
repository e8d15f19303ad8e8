using GraphQL.DataLoader;
using GraphQL.Types;

namespace NamDinh.Graph.Api.Execution.Compiled;

/// <summary>
/// A value a <see cref="PlannedAnswer"/> could not write when it reached it, because it is still to be loaded: the
/// answer holds a <c>null</c> in its place (at <see cref="HoleEnd"/>) until the value is loaded, with the others of
/// its round, and written after the answer (<see cref="Start"/> to <see cref="End"/>), to be put in the hole at last.
/// </summary>
internal sealed class DeferredValue(object pending, IGraphType type, PlanFieldContext context, int depth)
{
    public const int HoleLength = 4;

    public IGraphType Type { get; } = type;

    /// <summary>The field's context as it stood when the value was reached, its parents' too.</summary>
    public PlanFieldContext Context { get; } = context;

    public int Depth { get; } = depth;

    /// <summary>Where the <c>null</c> held in the value's place ends in the answer's bytes.</summary>
    public int HoleEnd { get; set; }

    public int HoleStart => HoleEnd - HoleLength;

    public int Start { get; set; }

    public int End { get; set; }

    public object? Value { get; private set; }

    /// <summary>Whether a pending result is something this waits for: a loader's result or a resolver's unfinished task.</summary>
    public static bool IsPending(object? value) => value is IDataLoaderResult or Task<object?>;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var value = pending is Task<object?> task ? await task : pending;
        while (value is IDataLoaderResult load)
            value = await load.GetResultAsync(cancellationToken);
        Value = value;
    }
}
