using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Editing;

/// <summary>
/// A new figure whose value is <see cref="ImplausibleChanges.Factor"/> times or more away from what the report held
/// (<see cref="ComparedWith.Stored"/>) or from the previous year's figure (<see cref="ComparedWith.PreviousYear"/>),
/// in the unit itself: a slip of the multiplier or of a digit, more likely than a true change.
/// </summary>
public sealed record ImplausibleChange(string Code, decimal NewBaseValue, decimal ComparedBaseValue, ComparedWith ComparedWith);

public enum ComparedWith
{
    Stored,
    PreviousYear,
}

public static class ImplausibleChanges
{
    /// <summary>How many times larger or smaller a value must be to be taken for a slip.</summary>
    public const decimal Factor = 100;

    /// <summary>
    /// The figures <paramref name="entries"/> gave a new value that is far from the stored one or the previous year's.
    /// A zero is compared with nothing: no factor leads from it.
    /// </summary>
    public static IReadOnlyList<ImplausibleChange> In(IReadOnlyList<RevisionEntry> entries, Report? previousYear)
    {
        var found = new List<ImplausibleChange>();
        foreach (var entry in entries.Where(entry => entry.Part == ReportParts.Indicators && entry.NewValue is not null))
        {
            var figure = ReportDiff.ReadPresent<IndicatorValue>(entry.NewValue);
            var before = ReportDiff.Read<IndicatorValue>(entry.OldValue)?.BaseValue;
            if (figure.BaseValue is not { } value || before == value)
                continue;
            if (before is { } stored && AreFarApart(value, stored))
                found.Add(new ImplausibleChange(figure.Code, value, stored, ComparedWith.Stored));
            // A figure already far from last year's (confirmed so once) is not refused again for staying far from it.
            if (previousYear?.Indicators.FirstOrDefault(other => other.Code == figure.Code)?.BaseValue is { } lastYear
                && AreFarApart(value, lastYear) && !(before is { } was && AreFarApart(was, lastYear)))
                found.Add(new ImplausibleChange(figure.Code, value, lastYear, ComparedWith.PreviousYear));
        }
        return found;
    }

    /// <summary>Whether <paramref name="one"/> and <paramref name="other"/>, neither zero, are <see cref="Factor"/> or more times apart.</summary>
    public static bool AreFarApart(decimal one, decimal other)
    {
        var (small, large) = (Math.Min(Math.Abs(one), Math.Abs(other)), Math.Max(Math.Abs(one), Math.Abs(other)));
        // A quotient beyond what a decimal holds is far apart too.
        return small != 0 && (Computation.OrNull(() => large / small) ?? decimal.MaxValue) >= Factor;
    }
}
