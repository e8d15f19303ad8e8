using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Grains.Tests;

/// <summary>
/// Test reports made from the Nam Định seed under other keys, always marked synthetic,
/// so nothing a test writes can pass for a real report.
/// </summary>
public static class SyntheticReports
{
    public static readonly ReportKey NamDinh2021Key = new("36", 2021);

    public static Report NamDinh2021 => SeedReports.All.Single(report => report.Key == NamDinh2021Key);

    public static Report For(ReportKey key)
    {
        if (key == NamDinh2021Key)
            throw new ArgumentException("Synthetic reports never use the key of the real Nam Định 2021 report.", nameof(key));
        return NamDinh2021 with { Key = key, Synthetic = true };
    }

    /// <summary>Another report under the same key, told apart at a glance: a later version with no figures.</summary>
    public static Report OtherFor(ReportKey key) => For(key) with { Version = 9, Indicators = [] };
}
