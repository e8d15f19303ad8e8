using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Grains.Tests;

/// <summary>
/// Test reports made from the Nam Định seed under other keys, always marked synthetic,
/// so nothing a test writes can pass for a real report.
/// </summary>
public static class SyntheticReports
{
    public static Report NamDinh2021 => SeedReports.Single(report => report.Key == new ReportKey("36", 2021));

    public static Report For(ReportKey key)
    {
        if (key == NamDinh2021.Key)
            throw new ArgumentException("Synthetic reports never use the key of the real Nam Định 2021 report.", nameof(key));
        return NamDinh2021 with { Key = key, Synthetic = true };
    }

    /// <summary>Another report under the same key, told apart at a glance: a later version with no figures.</summary>
    public static Report OtherFor(ReportKey key) => For(key) with { Version = 9, Indicators = [] };

    private static Report Single(this IReadOnlyList<Report> reports, Func<Report, bool> predicate) =>
        Enumerable.Single(reports, predicate);

    private static IReadOnlyList<Report> SeedReports => Domain.Reports.SeedReports.All;
}
