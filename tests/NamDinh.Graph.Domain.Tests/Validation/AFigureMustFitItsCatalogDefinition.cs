using NamDinh.Graph.Domain.Editing;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// A figure is refused unless the catalog knows its code, it is in its indicator's unit with a multiplier the
/// reports use, and its value fits its kind: a count whole and not negative, a percentage within 0–100.
/// </summary>
public sealed class AFigureMustFitItsCatalogDefinition
{
    [Fact]
    public void AnUnknownCode() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, Edits.SetFigure("postal.revenue", figure => figure with { Code = "postal.parcels" })), "indicator.code");

    [Fact]
    public void AnotherUnitThanTheIndicators() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, Edits.SetFigure("postal.revenue", figure => figure with { Unit = "USD" })), "indicator.unit");

    [Fact]
    public void AMultiplierTheReportsDoNotUse() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, Edits.SetFigure("postal.revenue", figure => figure with { Multiplier = 7m })), "indicator.multiplier");

    [Fact]
    public void ANegativeCount() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, Edits.SetFigure("telecom.fixed-postpaid.new", figure => figure with { Value = -1m })), "indicator.value");

    [Fact]
    public void AFractionalCount() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, Edits.SetFigure("telecom.fixed-postpaid.new", figure => figure with { Value = 1.5m })), "indicator.value");

    [Fact]
    public void ACountWholeOnlyByItsMultiplierIsAccepted() =>
        Assert.Equal(EditStatus.Applied, Edits.Decide(TheSeed.Report, Edits.SetFigure("distribution.copies", figure => figure with { Value = 120.5m })).Status);

    [Fact]
    public void ANegativeAmount() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, Edits.SetFigure("postal.revenue", figure => figure with { Value = -1m })), "indicator.value");

    [Theory]
    [InlineData("101")]
    [InlineData("-1")]
    public void APercentageOutside0To100(string percent) =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, Edits.SetFigure("it.plan-targets.completed", figure => figure with { Value = decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture) })), "indicator.value");

    [Theory]
    [InlineData("0")]
    [InlineData("99.5")]
    public void APercentageWithin0To100IsAccepted(string percent) =>
        Assert.Equal(EditStatus.Applied, Edits.Decide(TheSeed.Report, Edits.SetFigure("it.plan-targets.completed", figure => figure with { Value = decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture) })).Status);

    [Fact]
    public void ANegativePlanFigure() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, Edits.SetFigure("postal.revenue", figure => figure with { PlanValue = -110m })), "indicator.planValue");

    [Fact]
    public void AFigureWithoutASourceSentenceIsAccepted() =>
        Assert.Equal(EditStatus.Applied, Edits.Decide(TheSeed.Report, Edits.SetFigure("postal.revenue", figure => figure with { Value = 131m, Source = null })).Status);
}
