using NamDinh.Graph.Domain.Editing;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>An edit naming what the report or the catalog does not have is Invalid, and its problem names the field at fault.</summary>
public sealed class AnEditThatCannotApplyIsInvalid
{
    [Fact]
    public void AFigureOfAnUnknownIndicator()
    {
        var result = Edits.Decide(TheSeed.Report, Edits.SetFigure("postal.revenue", figure => figure with { Code = "postal.parcels" }));

        Edits.AssertRefusedAt(result, "indicator.code");
        Assert.Contains("'postal.parcels'", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal((1L, 1L), (result.CurrentVersion, result.Report!.Version));
    }

    [Fact]
    public void RemovingAFigureTheReportDoesNotHave() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, new RemoveIndicator("postal.parcels")), "code");

    [Fact]
    public void UpdatingATaskTheReportDoesNotHave() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, new UpdateNarrativeItem(NarrativeList.Tasks, "task-3.1-99", null, "x", null, null)), "id");

    [Fact]
    public void RemovingAPriorityUnderATasksId() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, new RemoveNarrativeItem(NarrativeList.Priorities, "task-3.1-01")), "id");
}
