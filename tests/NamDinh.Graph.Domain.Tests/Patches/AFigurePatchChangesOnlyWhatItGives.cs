using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests.Patches;

/// <summary>
/// A <see cref="FigurePatch"/> replaces the fields it gives, clears those it names as cleared and keeps the rest; a
/// new value keeps the source, marked with the value the source states.
/// </summary>
public sealed class AFigurePatchChangesOnlyWhatItGives
{
    private static readonly IndicatorValue Postal = TheSeed.Figure("postal.revenue");

    [Fact]
    public void AValueAloneKeepsEveryOtherFactAndMarksTheSourceWithTheValueItStates()
    {
        var patched = new FigurePatch("postal.revenue", Value: 131).ApplyTo(Postal, 2021);

        Assert.Equal(Postal with { Value = 131, Source = Postal.Source! with { StatedBaseValue = 130_000_000_000m } }, patched);
        Assert.True(patched.SourceStatesAnotherValue);
        Assert.False(Postal.SourceStatesAnotherValue);
    }

    [Fact]
    public void ASecondNewValueKeepsTheValueTheSourceStates()
    {
        var once = new FigurePatch("postal.revenue", Value: 131).ApplyTo(Postal, 2021);

        var twice = new FigurePatch("postal.revenue", Value: 140).ApplyTo(once, 2021);

        Assert.Equal(130_000_000_000m, twice.Source!.StatedBaseValue);
    }

    [Fact]
    public void TheSameBaseValueInAnotherMultiplierLeavesTheSourceUnmarked()
    {
        var patched = new FigurePatch("postal.revenue", Value: 130_000, Multiplier: 1_000_000).ApplyTo(Postal, 2021);

        Assert.Null(patched.Source!.StatedBaseValue);
        Assert.False(patched.SourceStatesAnotherValue);
    }

    [Fact]
    public void AValueBackToWhatTheSourceStatesTakesTheMarkOff()
    {
        var changed = new FigurePatch("postal.revenue", Value: 131).ApplyTo(Postal, 2021);

        var back = new FigurePatch("postal.revenue", Value: 130).ApplyTo(changed, 2021);

        Assert.Equal(Postal, back);
    }

    [Fact]
    public void AGivenSourceIsTakenAsStatingTheNewValue()
    {
        var changed = new FigurePatch("postal.revenue", Value: 131).ApplyTo(Postal, 2021);

        var resourced = new FigurePatch("postal.revenue", Source: new SourceReference("2.1", "Đạt 131 tỷ đồng.", 999)).ApplyTo(changed, 2021);

        Assert.Equal(new SourceReference("2.1", "Đạt 131 tỷ đồng."), resourced.Source);
    }

    [Fact]
    public void ClearingTheComparisonsPeriodPlanAndSourceLeavesNoneOfThem()
    {
        var stored = Postal with { PlanValue = 110, Period = new ReportPeriod(2021, 1, 10) };

        var patched = new FigurePatch("postal.revenue", Cleared: ["comparisons", "period", "planValue", "source"]).ApplyTo(stored, 2021);

        Assert.Equal(StatedComparisons.None, patched.Comparisons);
        Assert.Equal(ReportPeriod.WholeYear(2021), patched.Period);
        Assert.Null(patched.PlanValue);
        Assert.Null(patched.Source);
        Assert.Equal((Postal.Value, Postal.Status), (patched.Value, patched.Status));
    }

    [Fact]
    public void AClearedChangeGoesAndTheShareOfPlanStays()
    {
        var patched = new FigurePatch("postal.revenue", Comparisons: new ComparisonsPatch(Cleared: ["change"])).ApplyTo(Postal, 2021);

        Assert.Null(patched.Comparisons.Change);
        Assert.Equal(Postal.Comparisons.ShareOfPlan, patched.Comparisons.ShareOfPlan);
        Assert.NotNull(Postal.Comparisons.Change);
    }

    [Theory]
    [InlineData("value")]
    [InlineData("status")]
    [InlineData("unit")]
    [InlineData("multiplier")]
    [InlineData("qualifier")]
    [InlineData("valueAsWritten")]
    public void ClearingAFieldAFigureAlwaysHasIsRefusedNamingIt(string field)
    {
        var refused = Assert.Throws<EditRefusedException>(() => new FigurePatch("postal.revenue", Cleared: [field]).ApplyTo(Postal, 2021));

        Assert.Equal(field, refused.Field);
    }

    [Fact]
    public void ANewFigureWithoutItsValueIsRefused() =>
        Assert.Equal("value", Assert.Throws<EditRefusedException>(() => new FigurePatch("postal.revenue", Status: ValueStatus.Estimate).ApplyTo(null, 2030)).Field);

    [Fact]
    public void ANewFigureTakesTheDefaultsOfANewFigure()
    {
        var added = new FigurePatch("postal.revenue", Value: 42.50m).ApplyTo(null, 2030);

        Assert.Equal(new IndicatorValue("postal.revenue", 42.50m, "VND", 1, "42.5", ValueStatus.Final, Qualifier.Exact, null,
            ReportPeriod.WholeYear(2030), StatedComparisons.None, null, null), added);
    }
}
