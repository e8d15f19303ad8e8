using System.Text.Json;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>Deciding never changes the report it is given: a refused edit hands it back as it was, and even an applied one leaves it alone.</summary>
public sealed class ARefusedEditLeavesTheReportAsItWas
{
    private static Report FreshCopyOfTheSeed() => JsonSerializer.Deserialize<Report>(Edits.Json(TheSeed.Report), ReportJson.Options)!;

    [Fact]
    public void ARefusedFigureLeavesTheReportAsItWas()
    {
        var report = FreshCopyOfTheSeed();
        var before = Edits.Json(report);

        var result = Edits.Decide(report, Edits.SetFigure("telecom.fixed-postpaid.new", figure => figure with { Value = 1.5m }));

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Same(report, result.Report);
        Assert.Equal(before, Edits.Json(report));
    }

    [Fact]
    public void NoKindOfDecisionChangesTheReportGiven()
    {
        var report = FreshCopyOfTheSeed();
        var before = Edits.Json(report);
        ReportEdit[] edits =
        [
            new AddNarrativeItem(NarrativeList.Tasks, Sector.PostalTelecom, "3.1", new("Một nhiệm vụ."), 2),
            new UpdateNarrativeItem(NarrativeList.Tasks, "task-3.1-09", null, null, null, 1),
            new RemoveNarrativeItem(NarrativeList.Priorities, "priority-6.1-01"),
            new RemoveIndicator("postal.revenue"),
            SetRanking.Whole(report.Rankings[0] with { Position = 70 }),
            new ImportReport(report with { Indicators = [] }),
        ];

        foreach (var edit in edits)
        {
            Edits.Decide(report, edit);
            Edits.Decide(report, edit, dryRun: true);
        }

        Assert.Equal(before, Edits.Json(report));
    }
}
