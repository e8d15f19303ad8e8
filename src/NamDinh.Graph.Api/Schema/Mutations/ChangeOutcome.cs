using NamDinh.Graph.Domain.Editing;

namespace NamDinh.Graph.Api.Schema.Mutations;

/// <summary>What a mutation answers with: the grain's result and which item of which part the change was about.</summary>
public sealed record ChangeOutcome(EditResult Result, string Part, string? Key)
{
    /// <summary>
    /// The item the change wrote, as it is after the change (or would be, in a dry run): the entry of its key,
    /// or the one item the change added when the key was not known before (a new task's id).
    /// </summary>
    public T? Changed<T>(Func<Domain.Reports.Report, IEnumerable<T>> items, Func<T, string> keyOf)
    {
        var entry = Result.Changes.FirstOrDefault(change => change.Part == Part && (Key is null ? change.OldValue is null : change.Key == Key));
        if (entry is not null)
            return ReportDiff.Read<T>(entry.NewValue);
        return Result.Report is null || Key is null ? default : items(Result.Report).FirstOrDefault(item => keyOf(item) == Key);
    }
}
