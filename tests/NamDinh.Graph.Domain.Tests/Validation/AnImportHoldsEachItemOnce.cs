using NamDinh.Graph.Domain.Editing;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// A report holds one figure per indicator, one ranking per index and one item per id: an import that repeats
/// one is refused as Invalid, naming the repeated item, and never fails for want of a clear answer.
/// </summary>
public sealed class AnImportHoldsEachItemOnce
{
    [Fact]
    public void AFigureTwice() =>
        Edits.AssertRefusedAt(
            Edits.Decide(TheSeed.Report, new ImportReport(TheSeed.Report with { Indicators = [.. TheSeed.Report.Indicators, TheSeed.Report.Indicators[0]] })),
            "report.indicators[postal.revenue]");

    [Fact]
    public void ARankingTwice() =>
        Edits.AssertRefusedAt(
            Edits.Decide(TheSeed.Report, new ImportReport(TheSeed.Report with { Rankings = [.. TheSeed.Report.Rankings, TheSeed.Report.Rankings[1] with { Position = 12 }] })),
            "report.rankings[dti]");

    [Fact]
    public void ATaskTwiceWhereNoReportExists()
    {
        var task = TheSeed.Report.Tasks[0];
        var imported = Synthetic.WithFigures() with { Tasks = [task, task with { Position = 2 }] };

        Edits.AssertRefusedAt(Edits.Decide(null, new ImportReport(imported), key: Synthetic.Key), "report.tasks[task-3.1-01]");
    }
}
