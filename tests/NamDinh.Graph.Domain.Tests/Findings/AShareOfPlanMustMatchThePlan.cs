using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>Where the year's plan figure is known, a stated share of plan must be what the figure and the plan give.</summary>
public sealed class AShareOfPlanMustMatchThePlan
{
    private static IReadOnlyList<Finding> ShareFindings(decimal billions, decimal sharePercent, decimal? planBillions) =>
        FindingsEngine.Inspect(Synthetic.WithFigures(Synthetic.Figure("postal.revenue", billions, "VND",
                new StatedComparisons(ShareOfPlan: new StatedPlanShare(sharePercent, 2022)), multiplier: 1_000_000_000m, planValue: planBillions)))
            .Where(finding => finding.Kind == FindingKind.ShareOfPlanDisagreesWithPlan)
            .ToList();

    [Fact]
    public void AShareThePlanGivesIsNotFound() =>
        // 130 of a plan of 110 is 118.18 %, written 118.
        Assert.Empty(ShareFindings(130m, 118m, 110m));

    [Fact]
    public void AShareThePlanDoesNotGiveIsFound()
    {
        var finding = Assert.Single(ShareFindings(130m, 118m, 100m));

        Assert.Equal("ShareOfPlanDisagreesWithPlan:postal.revenue", finding.Id);
        Assert.Equal([new("stated share", 118m), new("plan", 100m), new("computed share", 130m)], finding.Figures);
    }

    [Fact]
    public void WithoutAPlanFigureNothingIsCompared() =>
        Assert.Empty(ShareFindings(130m, 500m, null));
}
