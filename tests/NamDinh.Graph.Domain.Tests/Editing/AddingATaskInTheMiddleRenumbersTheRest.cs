using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// A task added at a place in its section pushes the tasks after it one place down; the new task gets a fresh id,
/// the others keep theirs, and other sections are untouched. Moving a task renumbers its section the same way.
/// </summary>
public sealed class AddingATaskInTheMiddleRenumbersTheRest
{
    private static readonly LocalizedText Text = new("Hướng dẫn doanh nghiệp bưu chính chuyển đổi số.", "Guided postal enterprises in digital transformation.");

    [Fact]
    public void TheNewTaskTakesItsPlaceAndTheRestMoveDown()
    {
        var result = Edits.Decide(TheSeed.Report, new AddNarrativeItem(NarrativeList.Tasks, Sector.PostalTelecom, "3.1", Text, 5));

        var section = result.Report!.Tasks.Where(task => task.Section == "3.1").ToList();
        Assert.Equal(EditStatus.Applied, result.Status);
        Assert.Equal(Enumerable.Range(1, 13), section.Select(task => task.Position));
        Assert.Equal(("task-3.1-13", Text), (section[4].Id, section[4].Text));
        Assert.Equal(["task-3.1-01", "task-3.1-02", "task-3.1-03", "task-3.1-04"], section.Take(4).Select(task => task.Id));
        Assert.Equal(Enumerable.Range(5, 8).Select(number => $"task-3.1-{number:00}"), section.Skip(5).Select(task => task.Id));
    }

    [Fact]
    public void TheDiffListsTheNewTaskAndTheEightItMovedDown()
    {
        var result = Edits.Decide(TheSeed.Report, new AddNarrativeItem(NarrativeList.Tasks, Sector.PostalTelecom, "3.1", Text, 5));

        Assert.All(result.Changes, change => Assert.Equal("tasks", change.Part));
        Assert.Equal(Enumerable.Range(5, 8).Select(number => $"task-3.1-{number:00}").Append("task-3.1-13"), result.Changes.Select(change => change.Key));
        Assert.Null(result.Changes[^1].OldValue);
    }

    [Fact]
    public void OtherSectionsAndListsAreUntouched()
    {
        var result = Edits.Decide(TheSeed.Report, new AddNarrativeItem(NarrativeList.Tasks, Sector.PostalTelecom, "3.1", Text, 5));

        Assert.Equal(TheSeed.Report.Tasks.Where(task => task.Section != "3.1"), result.Report!.Tasks.Where(task => task.Section != "3.1"));
        Assert.Equal(TheSeed.Report.Priorities, result.Report.Priorities);
    }

    [Fact]
    public void MovingATaskUpShiftsTheOnesItPassed()
    {
        var result = Edits.Decide(TheSeed.Report, new UpdateNarrativeItem(NarrativeList.Tasks, "task-3.1-08", null, null, null, 2));

        var section = result.Report!.Tasks.Where(task => task.Section == "3.1").ToList();
        Assert.Equal(["task-3.1-01", "task-3.1-08", "task-3.1-02", "task-3.1-03"], section.Take(4).Select(task => task.Id));
        Assert.Equal(Enumerable.Range(1, 12), section.Select(task => task.Position));
        Assert.Equal(TheSeed.Report.Tasks.Single(task => task.Id == "task-3.1-08").Text, section[1].Text);
    }

    [Fact]
    public void APositionPastTheEndPutsTheTaskLast()
    {
        var result = Edits.Decide(TheSeed.Report, new AddNarrativeItem(NarrativeList.Tasks, Sector.PostalTelecom, "3.1", Text, 99));

        var last = result.Report!.Tasks.Last(task => task.Section == "3.1");
        Assert.Equal(("task-3.1-13", 13), (last.Id, last.Position));
        Assert.Equal("3.2", result.Report.Tasks[13].Section);
    }
}
