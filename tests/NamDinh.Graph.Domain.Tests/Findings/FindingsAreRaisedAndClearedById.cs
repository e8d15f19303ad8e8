using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// An edit tells which findings it raises and which it clears, matched by id: fixing 811 procedures to 900
/// of 1,725 (52.17 %) clears the unreached "more than 50 %" target; a rate off its part of the whole raises one.
/// </summary>
public sealed class FindingsAreRaisedAndClearedById
{
    [Fact]
    public void NineHundredOf1725ClearsTheUnreachedTarget()
    {
        var result = Edits.Decide(TheSeed.Report,
            Edits.SetFigure("egov.procedures-with-online-dossiers", figure => figure with { Value = 900m, ValueAsWritten = "900 TTHC" }));

        Assert.Equal(EditStatus.Applied, result.Status);
        Assert.Empty(result.FindingsRaised);
        Assert.Equal(["MetTargetNotReached:egov.procedures-with-online-dossiers"], result.FindingsCleared.Select(finding => finding.Id));
    }

    [Fact]
    public void ARateOffItsPartOfWholeRaisesAFinding()
    {
        var result = Edits.Decide(TheSeed.Report, Edits.SetComparisons("egov.online-dossiers", comparisons => comparisons with { RatePercent = 30m }));

        Assert.Equal(["RateDisagreesWithPartOfWhole:egov.online-dossiers"], result.FindingsRaised.Select(finding => finding.Id));
        Assert.Empty(result.FindingsCleared);
    }

    [Fact]
    public void AFindingThatStaysIsNeitherRaisedNorCleared()
    {
        // 800 of 1725 is 46.38 %: the target is still not reached, and its message changes, but it is the same finding.
        var result = Edits.Decide(TheSeed.Report,
            Edits.SetFigure("egov.procedures-with-online-dossiers", figure => figure with { Value = 800m, ValueAsWritten = "800 TTHC" }));

        Assert.Empty(result.FindingsRaised);
        Assert.Empty(result.FindingsCleared);
    }

    [Fact]
    public void CompareMatchesByIdNotByMessage()
    {
        var before = new Finding("MetTargetNotReached:x", FindingKind.MetTargetNotReached, "x", "47 %", [], null);
        var still = before with { Message = "46 %" };
        var gone = new Finding("RankOutsideTotal:dti", FindingKind.RankOutsideTotal, "dti", "70 of 63", [], null);
        var raised = new Finding("ComparisonWithOtherThanPreviousYear:y", FindingKind.ComparisonWithOtherThanPreviousYear, "y", "2021 on 2021", [], null);

        var (raisedNow, clearedNow) = FindingsEngine.Compare([before, gone], [still, raised]);

        Assert.Equal([raised], raisedNow);
        Assert.Equal([gone], clearedNow);
    }

    [Fact]
    public void CreatingAReportWithAFindingRaisesIt()
    {
        var imported = Synthetic.WithFigures(Synthetic.Figure("printing.revenue", 180m, "VND",
            new StatedComparisons(Change: new StatedChange(14m, ChangeUnit.Percent, 2022)), multiplier: 1_000_000_000m));

        var result = Edits.Decide(null, new ImportReport(imported), key: Synthetic.Key);

        Assert.Equal(["ComparisonWithOtherThanPreviousYear:printing.revenue"], result.FindingsRaised.Select(finding => finding.Id));
    }
}
