using NamDinh.Graph.Domain.Editing;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>Only a create or an import may start a report; any other edit of a report that does not exist is NotFound.</summary>
public sealed class ThereIsNothingToEditWhereNoReportExists
{
    [Fact]
    public void SettingAFigureOfNoReportIsNotFound()
    {
        var result = Edits.Decide(null, new ReplaceIndicator(TheSeed.Figure("postal.revenue")), key: Synthetic.Key);

        Assert.Equal((EditStatus.NotFound, null, 0L), (result.Status, result.Report, result.CurrentVersion));
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void RemovingATaskOfNoReportIsNotFound() =>
        Assert.Equal(EditStatus.NotFound, Edits.Decide(null, new RemoveNarrativeItem(NarrativeList.Tasks, "task-3.1-01"), key: Synthetic.Key).Status);
}
