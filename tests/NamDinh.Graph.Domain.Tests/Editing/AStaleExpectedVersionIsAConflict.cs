using NamDinh.Graph.Domain.Editing;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// An edit made against a version other than the current one is refused as a conflict and changes nothing;
/// an edit that names no version applies to the latest.
/// </summary>
public sealed class AStaleExpectedVersionIsAConflict
{
    private static readonly ReplaceIndicator NewPostalRevenue =
        Edits.SetFigure("postal.revenue", figure => figure with { Value = 131m, ValueAsWritten = "131 tỷ đồng" });

    [Theory]
    [InlineData(0L)]
    [InlineData(2L)]
    public void AnotherVersionThanTheCurrentConflicts(long expected)
    {
        var result = Edits.Decide(TheSeed.Report, NewPostalRevenue, expectedVersion: expected);

        Assert.Equal(EditStatus.VersionConflict, result.Status);
        Assert.Same(TheSeed.Report, result.Report);
        Assert.Equal(1, result.CurrentVersion);
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void AnEditMadeBeforeAnotherWasAppliedConflicts()
    {
        var second = Edits.Decide(TheSeed.Report, NewPostalRevenue, expectedVersion: 1).Report!;

        var result = Edits.Decide(second, new RemoveIndicator("telecom.revenue"), expectedVersion: 1);

        Assert.Equal((EditStatus.VersionConflict, 2L), (result.Status, result.CurrentVersion));
    }

    [Fact]
    public void NoExpectedVersionAppliesToTheLatest()
    {
        var second = Edits.Decide(TheSeed.Report, NewPostalRevenue).Report!;

        var result = Edits.Decide(second, new RemoveIndicator("telecom.revenue"), expectedVersion: null);

        Assert.Equal((EditStatus.Applied, 3L), (result.Status, result.CurrentVersion));
    }

    [Fact]
    public void CreatingExpectsVersionZero()
    {
        Assert.Equal(EditStatus.Applied, Edits.Decide(null, new CreateReport(Synthetic.Key, Synthetic: true), expectedVersion: 0, key: Synthetic.Key).Status);
        Assert.Equal(EditStatus.VersionConflict, Edits.Decide(null, new CreateReport(Synthetic.Key, Synthetic: true), expectedVersion: 1, key: Synthetic.Key).Status);
    }
}
