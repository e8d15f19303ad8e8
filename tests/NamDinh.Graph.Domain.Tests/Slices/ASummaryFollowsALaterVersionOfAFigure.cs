using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// When a province's report changes a figure, the sector-year aggregate takes the later version in and its summary is
/// what a plain computation over the changed figures gives; the same change sent again, or the earlier version sent
/// late, leaves the summary exactly as it is.
/// </summary>
public sealed class ASummaryFollowsALaterVersionOfAFigure
{
    private static readonly SectorYear Key = new(Sector.PostalTelecom, 2022);

    /// <summary>Nam Định's 2022 report at version 2: postal revenue far above every province, new fixed subscribers down to none.</summary>
    private static readonly Report Changed = ChangedReport();

    private static Report ChangedReport()
    {
        var report = SyntheticSet.ByKey[new("36", Key.Year)];
        return report with
        {
            Version = report.Version + 1,
            Indicators = [.. report.Indicators.Select(value => value.Code switch
            {
                "postal.revenue" => value with { Value = 99_999.5m },
                "telecom.fixed-postpaid.new" => value with { Value = 0m },
                _ => value,
            })],
        };
    }

    private static ProvinceContribution<IndicatorValue> Contribution(Report report) =>
        ReportContributions.FiguresBySector(report, SyntheticSlices.Catalog)[Key.Sector];

    [Fact]
    public void TheSummaryIsThePlainComputationOverTheChangedFigures()
    {
        var (aggregate, outcome) = SyntheticSlices.SectorYears[Key].With(Contribution(Changed));

        var summary = SectorSummary.Of(Key, aggregate, SyntheticSlices.Catalog);

        Assert.Equal(ContributionOutcome.ContentChanged, outcome);
        var reports = SyntheticSet.Reports.Where(report => report.Key.Year == Key.Year).Select(report => report.Key == Changed.Key ? Changed : report).ToList();
        foreach (var indicator in summary.Indicators)
            PlainSummary.AssertSummarises(indicator, indicator.Definition, [.. reports.SelectMany(report => report.Indicators
                .Where(value => value.Code == indicator.Definition.Code)
                .Select(value => SyntheticSlices.FigureOf(report, value)))]);
        var revenue = summary.Indicators.Single(indicator => indicator.Definition.Code == "postal.revenue");
        Assert.Equal((99_999.5m, "36"), (revenue.Maximum!.Value, Assert.Single(revenue.Maximum.ProvinceCodes)));
        Assert.Equal(("36", 1, 2L), (revenue.Ranks[0].Figure.Report.ProvinceCode, revenue.Ranks[0].Rank, revenue.Ranks[0].Figure.ReportVersion));
    }

    [Fact]
    public void TheSameChangeAgainLeavesTheSummaryAsItIs()
    {
        var (once, _) = SyntheticSlices.SectorYears[Key].With(Contribution(Changed));
        var summary = PlainSummary.Describe(SectorSummary.Of(Key, once, SyntheticSlices.Catalog));

        var (twice, outcome) = once.With(Contribution(Changed));

        Assert.Equal(ContributionOutcome.Unchanged, outcome);
        Assert.Equal(summary, PlainSummary.Describe(SectorSummary.Of(Key, twice, SyntheticSlices.Catalog)));
    }

    [Fact]
    public void TheEarlierVersionArrivingLateLeavesTheSummaryAsItIs()
    {
        var (changed, _) = SyntheticSlices.SectorYears[Key].With(Contribution(Changed));
        var summary = PlainSummary.Describe(SectorSummary.Of(Key, changed, SyntheticSlices.Catalog));

        var (late, outcome) = changed.With(Contribution(SyntheticSet.ByKey[Changed.Key]));

        Assert.Equal(ContributionOutcome.Unchanged, outcome);
        Assert.Equal(summary, PlainSummary.Describe(SectorSummary.Of(Key, late, SyntheticSlices.Catalog)));
        Assert.NotEqual(PlainSummary.Describe(SectorSummary.Of(Key, SyntheticSlices.SectorYears[Key], SyntheticSlices.Catalog)), summary);
    }
}
