using NamDinh.Graph.Domain.Editing;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>An edit that would leave the report as it is, is Unchanged: no new version, nothing listed, nothing to store.</summary>
public sealed class SettingAFigureToWhatItIsChangesNothing
{
    [Fact]
    public void TheSameFigureAgainIsUnchanged()
    {
        var result = Edits.Decide(TheSeed.Report, new ReplaceIndicator(TheSeed.Figure("postal.revenue")), expectedVersion: 1);

        Assert.Equal(EditStatus.Unchanged, result.Status);
        Assert.Same(TheSeed.Report, result.Report);
        Assert.Equal(1, result.CurrentVersion);
        Assert.Empty(result.Changes);
        Assert.Empty(result.FindingsRaised);
        Assert.Empty(result.FindingsCleared);
    }

    [Fact]
    public void MovingATaskToItsOwnPlaceIsUnchanged() =>
        Assert.Equal(EditStatus.Unchanged, Edits.Decide(TheSeed.Report, new UpdateNarrativeItem(NarrativeList.Tasks, "task-3.1-05", null, null, null, 5)).Status);

    [Fact]
    public void SettingARankingToWhatItIsIsUnchanged() =>
        Assert.Equal(EditStatus.Unchanged, Edits.Decide(TheSeed.Report, SetRanking.Whole(TheSeed.Report.Rankings[1])).Status);
}
