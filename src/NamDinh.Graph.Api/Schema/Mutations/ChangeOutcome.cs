using System.Security.Cryptography;
using System.Text;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Mutations;

/// <summary>What a mutation answers with: the grain's result and which item of which part of which report the change was about.</summary>
public sealed record ChangeOutcome(ReportKey Key, EditResult Result, string Part, string? ItemKey)
{
    public bool IsDryRun => Result.Status == EditStatus.DryRun;

    /// <summary>
    /// The state of the report the change made: the version it stored (or found, when it changed nothing), or, for a
    /// dry run, a preview on the current version named by a digest of what it would change, which no version holds.
    /// </summary>
    public ReportScope Made => IsDryRun
        ? ReportScope.Previewed(Key, Result.CurrentVersion, Digest())
        : ReportScope.AtVersion(Key, Result.CurrentVersion);

    /// <summary>
    /// Where what the change wrote is read: the current report, or a dry run's preview. A retry answered from a kept
    /// answer after later changes tells what the change wrote then, so it names it at the version it made.
    /// </summary>
    public ReportScope Now => IsDryRun || IsOvertakenReplay ? Made : ReportScope.Current(Key);

    /// <summary>A kept answer replayed after the report moved on: its values are no longer the current report's.</summary>
    private bool IsOvertakenReplay => Result.Replayed && Result.Report?.Version != Result.CurrentVersion;

    /// <summary>The payload's key in its id: what the change made, how it ended and what it was about.</summary>
    public string PayloadKey => $"{Made}:{Status}:{Part}" + (ChangedKey is { } key ? $":{key}" : "");

    /// <summary>The key of the item the change was about: the one given, or the one a change that adds an item gave it.</summary>
    public string? ChangedKey => ItemKey ?? Result.Changes.FirstOrDefault(change => change.Part == Part && change.OldValue is null)?.Key;

    /// <summary>
    /// The item the change wrote, as it is after the change (or would be, in a dry run): the entry of its key,
    /// or the one item the change added when the key was not known before (a new task's key).
    /// </summary>
    public Scoped<T>? Changed<T>(Func<Report, IEnumerable<T>> items, Func<T, string> keyOf)
    {
        var entry = Result.Changes.FirstOrDefault(change => change.Part == Part && (ItemKey is null ? change.OldValue is null : change.Key == ItemKey));
        if (entry is not null)
            return ReportDiff.Read<T>(entry.NewValue) is { } written ? Now.Of(written) : null;
        return Result.Report is null || ItemKey is null || items(Result.Report).FirstOrDefault(item => keyOf(item) == ItemKey) is not { } kept
            ? null
            : ReportScope.Current(Key).Of(kept);
    }

    /// <summary>Every item of the part the change wrote, as it is after the change: the item changed and those it moved.</summary>
    public IEnumerable<Scoped<T>> Written<T>() =>
        Result.Changes.Where(change => change.Part == Part && change.NewValue is not null).Select(change => Now.Of(ReportDiff.Read<T>(change.NewValue)!));

    private string Status => Result.Status switch
    {
        EditStatus.Applied => "applied",
        EditStatus.DryRun => "dry-run",
        _ => "unchanged",
    };

    private string Digest()
    {
        var text = new StringBuilder();
        foreach (var change in Result.Changes)
            text.Append(change.Part).Append('\n').Append(change.Key).Append('\n').Append(change.OldIndex).Append('\n').Append(change.NewValue).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }
}
