using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Findings;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>A dry run lists the changes and the findings an edit would make, and hands back the report and version as they stand.</summary>
public sealed class ADryRunTellsWhatWouldChangeAndKeepsTheReport
{
    private static readonly ReplaceIndicator NineHundredProcedures =
        Edits.SetFigure("egov.procedures-with-online-dossiers", figure => figure with { Value = 900m, ValueAsWritten = "900" });

    [Fact]
    public void TheReportAndItsVersionStayAsTheyAre()
    {
        var result = Edits.Decide(TheSeed.Report, NineHundredProcedures, expectedVersion: 1, dryRun: true);

        Assert.Equal(EditStatus.DryRun, result.Status);
        Assert.Same(TheSeed.Report, result.Report);
        Assert.Equal(1, result.CurrentVersion);
    }

    [Fact]
    public void TheChangesAndFindingsAreTold()
    {
        var result = Edits.Decide(TheSeed.Report, NineHundredProcedures, dryRun: true);

        Assert.Equal(["egov.procedures-with-online-dossiers"], result.Changes.Select(change => change.Key));
        Assert.Equal([FindingKind.MetTargetNotReached], result.FindingsCleared.Select(finding => finding.Kind));
    }

    [Fact]
    public void ADryRunCreateCreatesNothing()
    {
        var result = Edits.Decide(null, new CreateReport(Synthetic.Key, Synthetic: true), dryRun: true, key: Synthetic.Key);

        Assert.Equal((EditStatus.DryRun, null, 0L), (result.Status, result.Report, result.CurrentVersion));
    }
}
