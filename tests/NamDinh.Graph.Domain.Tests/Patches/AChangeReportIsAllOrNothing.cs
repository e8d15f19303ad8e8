using NamDinh.Graph.Domain.Editing;

namespace NamDinh.Graph.Domain.Tests.Patches;

/// <summary>
/// A <see cref="ChangeReport"/> applies its changes in order as one version; a change that cannot apply or breaks a
/// rule refuses them all, named by its place ("changes[2].code").
/// </summary>
public sealed class AChangeReportIsAllOrNothing
{
    /// <summary>A small change of a seed figure: one less, or one more from 1 or below (a share stays within 100 %).</summary>
    private static decimal Changed(decimal value) => value > 1 ? value - 1 : value + 1;

    private static ChangeReport FigureChanges(int count) => new([.. TheSeed.Report.Indicators.Take(count)
        .Select(figure => (ReportEdit)new SetIndicator(new FigurePatch(figure.Code, Value: Changed(figure.Value))))]);

    [Fact]
    public void FortyChangesAreOneVersionWithFortyEntries()
    {
        var result = Edits.Decide(TheSeed.Report, FigureChanges(40), expectedVersion: 1);

        Assert.Equal(EditStatus.Applied, result.Status);
        Assert.Equal(2, result.CurrentVersion);
        Assert.Equal(2, result.Report!.Version);
        Assert.Equal(40, result.Changes.Count);
        Assert.All(TheSeed.Report.Indicators.Take(40), figure =>
            Assert.Equal(Changed(figure.Value), result.Report.Indicators.Single(value => value.Code == figure.Code).Value));
    }

    [Fact]
    public void LaterChangesSeeWhatEarlierOnesDid()
    {
        var result = Edits.Decide(TheSeed.Report, new ChangeReport([
            new SetIndicator(new FigurePatch("postal.revenue", Value: 131)),
            new SetIndicator(new FigurePatch("postal.revenue", Value: 132)),
        ]));

        var entry = Assert.Single(result.Changes);
        Assert.Equal(132, result.Report!.Indicators.Single(value => value.Code == "postal.revenue").Value);
        Assert.Equal(["value"], ChangedFields.Of(entry));
    }

    [Fact]
    public void AChangeThatCannotApplyRefusesAllNamedByItsPlace()
    {
        var result = Edits.Decide(TheSeed.Report, new ChangeReport([
            new SetIndicator(new FigurePatch("postal.revenue", Value: 131)),
            new RemoveIndicator("postal.revenue"),
            new RemoveIndicator("postal.revenue"),
        ]));

        Edits.AssertRefusedAt(result, "changes[2].code");
        Assert.Same(TheSeed.Report, result.Report);
    }

    [Fact]
    public void AChangeThatBreaksARuleRefusesAllNamedByItsPlace()
    {
        var result = Edits.Decide(TheSeed.Report, new ChangeReport([
            new SetRanking(new RankingPatch("dti", Position: 20)),
            new SetIndicator(new FigurePatch("postal.revenue", Unit: "kg")),
        ]));

        Edits.AssertRefusedAt(result, "changes[1].indicator.unit");
    }

    [Fact]
    public void OneFarValueAmongManyRefusesTheList()
    {
        var changes = FigureChanges(10).Changes.Append(new SetIndicator(new FigurePatch("postal.revenue", Value: 131, Multiplier: 1)));

        var result = Edits.Decide(TheSeed.Report, new ChangeReport([.. changes]));

        Assert.Equal(EditStatus.Implausible, result.Status);
        Assert.Equal("postal.revenue", Assert.Single(result.Implausible!).Code);
        Assert.Equal(1, result.CurrentVersion);
    }
}
