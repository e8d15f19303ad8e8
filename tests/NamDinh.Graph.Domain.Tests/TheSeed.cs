using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>The seeded Nam Định 2021 report and the catalog it is read against.</summary>
internal static class TheSeed
{
    public static Report Report { get; } = SeedReports.All.Single(report => report.Key == new ReportKey("36", 2021));

    public static IndicatorCatalog Catalog => IndicatorCatalog.Default;

    public static IndicatorValue Figure(string code) => Report.Indicators.Single(value => value.Code == code);

    /// <summary>
    /// The sentence a seed figure comes from. Every seed figure has one (only a figure entered by a script may lack it);
    /// a seed figure without one fails the test that reads it, naming the figure.
    /// </summary>
    public static SourceReference SourceOf(IndicatorValue figure) =>
        figure.Source ?? throw new Xunit.Sdk.XunitException($"Seed figure '{figure.Code}' has no source sentence.");

    /// <summary>The sentence a seed ranking comes from; every seed ranking has one.</summary>
    public static SourceReference SourceOf(Ranking ranking) =>
        ranking.Source ?? throw new Xunit.Sdk.XunitException($"Seed ranking '{ranking.Index}' has no source sentence.");

    public static IEnumerable<NarrativeItem> NarrativeItems =>
        Report.Tasks.Concat(Report.Shortcomings).Concat(Report.Causes).Concat(Report.Proposals.Items)
            .Concat(Report.Priorities).Concat(Report.Remarks);
}
