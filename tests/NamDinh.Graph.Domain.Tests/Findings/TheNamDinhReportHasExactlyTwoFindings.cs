using NamDinh.Graph.Domain.Findings;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// Read against itself, the real report disagrees in exactly two places: 811 of 1,725 procedures (47.01 %) is
/// called a met target of more than 50 %, and the postal revenue of 2021 is compared with 2021. Every other
/// stated rate holds within the digits it is written with (22,318 of 92,329 is 24.17 %, stated as 24 %).
/// </summary>
public sealed class TheNamDinhReportHasExactlyTwoFindings
{
    private static readonly IReadOnlyList<Finding> Findings = FindingsEngine.Inspect(TheSeed.Report);

    [Fact]
    public void ThereAreExactlyTwo() =>
        Assert.Equal(
            [(FindingKind.MetTargetNotReached, "egov.procedures-with-online-dossiers"), (FindingKind.ComparisonWithOtherThanPreviousYear, "postal.revenue")],
            Findings.Select(finding => (finding.Kind, finding.Subject)).Order());

    [Fact]
    public void ProceduresWithOnlineDossiersFallShortOfTheirMetTarget()
    {
        var finding = Findings.Single(finding => finding.Kind == FindingKind.MetTargetNotReached);

        Assert.Equal("MetTargetNotReached:egov.procedures-with-online-dossiers", finding.Id);
        Assert.Equal([new("target", 50m), new("figure", 47.01m)], finding.Figures);
        Assert.Contains("more than 50 %", finding.Message, StringComparison.Ordinal);
        Assert.Contains("47.01 %", finding.Message, StringComparison.Ordinal);
        Assert.Contains("811 of 1725", finding.Message, StringComparison.Ordinal);
        Assert.Equal(TheSeed.Figure("egov.procedures-with-online-dossiers").Source, finding.Source);
        Assert.Contains("811 TTHC", finding.Source!.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void PostalRevenueOf2021IsComparedWith2021()
    {
        var finding = Findings.Single(finding => finding.Kind == FindingKind.ComparisonWithOtherThanPreviousYear);

        Assert.Equal("ComparisonWithOtherThanPreviousYear:postal.revenue", finding.Id);
        Assert.Equal([new("figure year", 2021m), new("compared with year", 2021m)], finding.Figures);
        Assert.Contains("2020", finding.Message, StringComparison.Ordinal);
        Assert.Equal(TheSeed.Figure("postal.revenue").Source, finding.Source);
        Assert.Contains("so với cùng kỳ năm 2021", finding.Source!.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOnlineDossierRateIsWithinRounding()
    {
        var figure = TheSeed.Figure("egov.online-dossiers");

        Assert.Equal(24.17m, Math.Round(figure.Value / figure.Comparisons.OutOf!.Value * 100, 2));
        Assert.DoesNotContain(Findings, finding => finding.Subject == "egov.online-dossiers");
    }

    [Fact]
    public void NoRankingIsOutsideItsTotal() =>
        Assert.DoesNotContain(Findings, finding => finding.Kind == FindingKind.RankOutsideTotal);

    [Fact]
    public void WithoutAPreviousYearOrPlanFiguresNothingIsComparedWithThem() =>
        Assert.DoesNotContain(Findings, finding => finding.Kind is FindingKind.ChangeDisagreesWithPreviousYear or FindingKind.ShareOfPlanDisagreesWithPlan);

    [Fact]
    public void InspectingTwiceGivesTheSameIds() =>
        Assert.Equal(Findings.Select(finding => finding.Id), FindingsEngine.Inspect(TheSeed.Report).Select(finding => finding.Id));
}
