using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests.Patches;

/// <summary>
/// <see cref="ImplausibleChanges"/> finds a new value 100 times or more away from the stored one or from the
/// previous year's, in the unit itself (value × multiplier); zero is never far from anything.
/// </summary>
public sealed class FarApartIsAHundredTimesOrMore
{
    [Theory]
    [InlineData("100", "1", true)]
    [InlineData("1", "100", true)]
    [InlineData("99.99", "1", false)]
    [InlineData("-500", "5", true)]
    [InlineData("0", "1000000", false)]
    [InlineData("130000000000", "131", true)]
    public void TwoValuesAreFarApartFromAFactorOfAHundred(string one, string other, bool far) =>
        Assert.Equal(far, ImplausibleChanges.AreFarApart(decimal.Parse(one, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(other, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AMultiplierSlipIsFarFromTheStoredValue()
    {
        var result = Edits.Decide(TheSeed.Report, new SetIndicator(new FigurePatch("postal.revenue", Value: 131, Multiplier: 1)));

        Assert.Equal(EditStatus.Implausible, result.Status);
        Assert.Equal([new ImplausibleChange("postal.revenue", 131, 130_000_000_000, ComparedWith.Stored)], result.Implausible);
        Assert.Same(TheSeed.Report, result.Report);
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void ANewFigureFarFromThePreviousYearsIsFoundAgainstIt()
    {
        var thisYear = Report.Empty(new ReportKey("36", 2022));

        var result = Edits.Decide(thisYear, new SetIndicator(new FigurePatch("postal.revenue", Value: 13_000, Multiplier: 1_000_000_000)),
            previousYear: TheSeed.Report);

        Assert.Equal(EditStatus.Implausible, result.Status);
        Assert.Equal([new ImplausibleChange("postal.revenue", 13_000_000_000_000, 130_000_000_000, ComparedWith.PreviousYear)], result.Implausible);
    }

    [Fact]
    public void AFigureConfirmedFarFromLastYearsTakesASmallChangeUnconfirmed()
    {
        var thisYear = Report.Empty(new ReportKey("36", 2022)) with
        {
            Indicators = [TheSeed.Figure("postal.revenue") with { Value = 13_000, ValueAsWritten = "13.000 tỷ đồng", Source = null }],
        };

        var result = Edits.Decide(thisYear, new SetIndicator(new FigurePatch("postal.revenue", Value: 13_100)), previousYear: TheSeed.Report);

        Assert.Equal(EditStatus.Applied, result.Status);
        Assert.Contains(Findings.FindingsEngine.Inspect(result.Report!, TheSeed.Report), finding => finding.Kind == Findings.FindingKind.FarFromPreviousYear);
    }

    [Fact]
    public void ConfirmedTheChangeIsAppliedAndFoundFarFromItsSource()
    {
        var request = new EditRequest(new SetIndicator(new FigurePatch("postal.revenue", Value: 131, Multiplier: 1)), 1, "domain-tests", "meant", ConfirmImplausible: true);

        var result = ReportEditor.Decide(TheSeed.Report, TheSeed.Report.Key, request, null);

        Assert.Equal(EditStatus.Applied, result.Status);
        Assert.Single(result.Implausible!);
        Assert.Contains(result.FindingsRaised, finding => finding.Kind == Findings.FindingKind.FarFromItsSource && finding.Subject == "postal.revenue");
    }

    [Fact]
    public void ANearChangeIsNotImplausible() =>
        Assert.Equal(EditStatus.Applied, Edits.Decide(TheSeed.Report, new SetIndicator(new FigurePatch("postal.revenue", Value: 1_300))).Status);
}
