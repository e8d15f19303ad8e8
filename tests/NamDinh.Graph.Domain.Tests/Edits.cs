using System.Text.Json;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>Asks <see cref="ReportEditor.Decide"/> for an edit the way the report grain does, and compares reports as stored JSON.</summary>
internal static class Edits
{
    /// <summary>Decides <paramref name="edit"/> on <paramref name="current"/>, in the grain of <paramref name="key"/> (by default the report's own, else 36-2021).</summary>
    public static EditResult Decide(Report? current, ReportEdit edit, long? expectedVersion = null, bool dryRun = false, Report? previousYear = null, ReportKey? key = null) =>
        ReportEditor.Decide(current, key ?? current?.Key ?? TheSeed.Report.Key, new EditRequest(edit, expectedVersion, "domain-tests", "a test", dryRun), previousYear);

    /// <summary>The report as the domain writes it: two reports are the same exactly when these are equal.</summary>
    public static string Json(Report? report) => JsonSerializer.Serialize(report, ReportJson.Options);

    /// <summary>A seed figure changed by <paramref name="change"/>, to set whole with <see cref="ReplaceIndicator"/>.</summary>
    public static ReplaceIndicator SetFigure(string code, Func<IndicatorValue, IndicatorValue> change) => new(change(TheSeed.Figure(code)));

    /// <summary>A seed figure with other comparisons.</summary>
    public static ReplaceIndicator SetComparisons(string code, Func<StatedComparisons, StatedComparisons> change) =>
        SetFigure(code, figure => figure with { Comparisons = change(figure.Comparisons) });

    /// <summary>Asserts the edit was refused as invalid and that exactly one problem names <paramref name="field"/>.</summary>
    public static void AssertRefusedAt(EditResult result, string field)
    {
        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Equal([field], result.Problems.Select(problem => problem.Field));
        Assert.Empty(result.Changes);
    }
}
