using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// A target the text calls met must be reached by the figure, or by its rate for a target in percent:
/// a plain target by reaching it, a "more than" target by passing it.
/// </summary>
public sealed class AMetTargetMustBeReached
{
    private static IReadOnlyList<Finding> TargetFindings(IndicatorValue figure) =>
        FindingsEngine.Inspect(Synthetic.WithFigures(figure)).Where(finding => finding.Kind == FindingKind.MetTargetNotReached).ToList();

    private static IndicatorValue Share(decimal percent, StatedTarget target, Qualifier qualifier = Qualifier.Exact) =>
        Synthetic.Figure("egov.work-files-online.share", percent, "percent", new StatedComparisons(Target: target), qualifier: qualifier);

    [Fact]
    public void AFigureBelowAPlainTargetIsFound()
    {
        var finding = Assert.Single(TargetFindings(Share(79m, new StatedTarget(80m, "percent", Qualifier.Exact, Met: true))));

        Assert.Equal([new("target", 80m), new("figure", 79m)], finding.Figures);
        Assert.Equal("MetTargetNotReached:egov.work-files-online.share", finding.Id);
    }

    [Fact]
    public void AFigureAtAPlainTargetReachesIt() =>
        Assert.Empty(TargetFindings(Share(80m, new StatedTarget(80m, "percent", Qualifier.Exact, Met: true))));

    [Fact]
    public void AFigureExactlyAtAMoreThanTargetDoesNotPassIt() =>
        Assert.Single(TargetFindings(Share(80m, new StatedTarget(80m, "percent", Qualifier.MoreThan, Met: true))));

    [Fact]
    public void AFigureAboveAMoreThanTargetPassesIt() =>
        Assert.Empty(TargetFindings(Share(80.1m, new StatedTarget(80m, "percent", Qualifier.MoreThan, Met: true))));

    [Fact]
    public void MoreThanTheTargetPassesAMoreThanTarget() =>
        // "Trên 80% hồ sơ …" against "chỉ tiêu trên 80%": the figure is itself more than 80 %.
        Assert.Empty(TargetFindings(Share(80m, new StatedTarget(80m, "percent", Qualifier.MoreThan, Met: true), Qualifier.MoreThan)));

    [Fact]
    public void ATargetTheTextDoesNotCallMetIsNotChecked() =>
        Assert.Empty(TargetFindings(Share(10m, new StatedTarget(80m, "percent", Qualifier.Exact, Met: false))));

    [Fact]
    public void APercentTargetOfACountIsMeasuredByItsStatedRate() =>
        Assert.Single(TargetFindings(Synthetic.Figure("egov.online-services.level4", 1412m, "procedure",
            new StatedComparisons(RatePercent: 29m, Target: new StatedTarget(30m, "percent", Qualifier.Exact, Met: true)))));

    [Fact]
    public void APercentTargetOfACountIsMeasuredByItsPartOfWholeWhenNoRateIsStated()
    {
        var finding = Assert.Single(TargetFindings(Synthetic.Figure("egov.procedures-with-online-dossiers", 811m, "procedure",
            new StatedComparisons(OutOf: 1725m, Target: new StatedTarget(50m, "percent", Qualifier.MoreThan, Met: true)))));

        Assert.Equal([new("target", 50m), new("figure", 47.01m)], finding.Figures);
    }

    [Fact]
    public void ATargetInTheFiguresOwnUnitIsMeasuredByTheFigure() =>
        Assert.Single(TargetFindings(Synthetic.Figure("internet.subscribers.active", 315000m, "subscriber",
            new StatedComparisons(Target: new StatedTarget(330000m, "subscriber", Qualifier.Exact, Met: true)))));
}
