using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Validation;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// What a figure is compared to must be possible: a rate within 0–100 %, a share of plan within 0 and
/// <see cref="Limits.MaxShareOfPlanPercent"/>, no fall of more than 100 %, no part bigger than its whole.
/// </summary>
public sealed class StatedComparisonsMustBePossible
{
    [Theory]
    [InlineData("100.1")]
    [InlineData("-5")]
    public void ARateOutside0To100(string rate) =>
        Edits.AssertRefusedAt(
            Edits.Decide(TheSeed.Report, Edits.SetComparisons("egov.online-dossiers", comparisons => comparisons with { RatePercent = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture) })),
            "indicator.comparisons.ratePercent");

    [Fact]
    public void AShareOfPlanAboveTheLimit() =>
        Edits.AssertRefusedAt(
            Edits.Decide(TheSeed.Report, Edits.SetComparisons("postal.revenue", comparisons => comparisons with { ShareOfPlan = new StatedPlanShare(Limits.MaxShareOfPlanPercent + 0.1m, 2021) })),
            "indicator.comparisons.shareOfPlan.percent");

    [Fact]
    public void AShareOfPlanAtTheLimitIsAccepted() =>
        Assert.Equal(EditStatus.Applied,
            Edits.Decide(TheSeed.Report, Edits.SetComparisons("postal.revenue", comparisons => comparisons with { ShareOfPlan = new StatedPlanShare(Limits.MaxShareOfPlanPercent, 2021) })).Status);

    [Fact]
    public void AFallOfMoreThanAHundredPercent() =>
        Edits.AssertRefusedAt(
            Edits.Decide(TheSeed.Report, Edits.SetComparisons("telecom.revenue", comparisons => comparisons with { Change = new StatedChange(-100.5m, ChangeUnit.Percent, 2020) })),
            "indicator.comparisons.change.amount");

    [Fact]
    public void AFallOfEverythingIsAccepted() =>
        Assert.Equal(EditStatus.Applied,
            Edits.Decide(TheSeed.Report, Edits.SetComparisons("telecom.revenue", comparisons => comparisons with { Change = new StatedChange(-100m, ChangeUnit.Percent, 2020) })).Status);

    [Fact]
    public void AnAbsoluteFallBeyondAHundredIsAccepted() =>
        Assert.Equal(EditStatus.Applied,
            Edits.Decide(TheSeed.Report, Edits.SetComparisons("telecom.fixed-postpaid.active", comparisons => comparisons with { Change = new StatedChange(-3000m, ChangeUnit.Absolute, 2020) })).Status);

    [Fact]
    public void AWholeSmallerThanItsPart() =>
        Edits.AssertRefusedAt(
            Edits.Decide(TheSeed.Report, Edits.SetComparisons("egov.procedures-with-online-dossiers", comparisons => comparisons with { OutOf = 810m })),
            "indicator.comparisons.outOf");

    [Fact]
    public void AWholeEqualToItsPartIsAccepted() =>
        Assert.Equal(EditStatus.Applied,
            Edits.Decide(TheSeed.Report, Edits.SetComparisons("egov.procedures-with-online-dossiers", comparisons => comparisons with { OutOf = 811m })).Status);
}
