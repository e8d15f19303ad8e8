using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// An imported report may not give items of two narrative lists one key: clients find an item by its report and key
/// alone ("NarrativeItem:36-2021:task-3.1-01"). Within one list a repeated key was refused already.
/// </summary>
public sealed class AnItemKeyNamesOneItemOfTheReport
{
    [Fact]
    public void ARemarkUnderATasksKeyIsRefused()
    {
        var task = TheSeed.Report.Tasks[0];
        var imported = TheSeed.Report with { Remarks = [.. TheSeed.Report.Remarks, task with { Section = "9" }] };

        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, new ImportReport(imported)), $"report.remarks[{task.Id}]");
    }

    [Fact]
    public void AProposalUnderAPrioritysKeyIsRefused()
    {
        var priority = TheSeed.Report.Priorities[0];
        var imported = TheSeed.Report with { Proposals = new Proposals([priority], null) };

        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, new ImportReport(imported)), $"report.priorities[{priority.Id}]");
    }

    [Fact]
    public void TheSeedGivesEachItemAKeyOfItsOwn()
    {
        var report = TheSeed.Report;
        var keys = report.Tasks.Concat(report.Shortcomings).Concat(report.Causes).Concat(report.Proposals.Items).Concat(report.Priorities).Concat(report.Remarks)
            .Select(item => item.Id).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }
}
