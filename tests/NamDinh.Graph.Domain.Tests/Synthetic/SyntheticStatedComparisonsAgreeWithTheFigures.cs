using NamDinh.Graph.Domain.Findings;

namespace NamDinh.Graph.Domain.Tests;

public sealed class SyntheticStatedComparisonsAgreeWithTheFigures
{
    private static readonly FindingKind[] Disagreements =
    [
        FindingKind.ChangeDisagreesWithPreviousYear,
        FindingKind.ShareOfPlanDisagreesWithPlan,
        FindingKind.ComparisonWithOtherThanPreviousYear,
    ];

    [Fact]
    public void NoReportDisagreesWithItsPreviousYearOrItsPlan()
    {
        var found = SyntheticSet.Reports
            .SelectMany(report => FindingsEngine.Inspect(report, SyntheticSet.PreviousYearOf(report)).Select(finding => (report.Key, finding)))
            .Where(entry => Disagreements.Contains(entry.finding.Kind))
            .Select(entry => $"{entry.Key}: {entry.finding.Message}")
            .ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void SomeFiguresStateAChangeAndSomeAShareOfPlan()
    {
        var figures = SyntheticSet.Reports.SelectMany(report => report.Indicators).ToList();

        Assert.Contains(figures, figure => figure.Comparisons.Change is not null);
        Assert.Contains(figures, figure => figure.Comparisons.ShareOfPlan is not null && figure.PlanValue is not null);
        Assert.Contains(figures, figure => figure.Comparisons.Change is null && figure.Comparisons.ShareOfPlan is null);
    }

    [Fact]
    public void AStatedChangeIsTheChangeOnTheYearBeforeToOneDecimal()
    {
        var checkedChanges = 0;
        foreach (var report in SyntheticSet.Reports)
        {
            if (SyntheticSet.PreviousYearOf(report) is not { } previous)
                continue;
            foreach (var figure in report.Indicators.Where(figure => figure.Comparisons.Change is not null))
            {
                var before = previous.Indicators.Single(candidate => candidate.Code == figure.Code);
                var computed = Math.Round((figure.BaseValue!.Value - before.BaseValue!.Value) / before.BaseValue!.Value * 100, 1, MidpointRounding.AwayFromZero);
                Assert.Equal(computed, figure.Comparisons.Change!.Amount);
                Assert.Equal(report.Key.Year - 1, figure.Comparisons.Change.ComparedToYear);
                checkedChanges++;
            }
        }
        Assert.True(checkedChanges > 1000, $"Only {checkedChanges} stated changes were checked.");
    }
}
