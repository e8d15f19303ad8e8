using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>Spot checks of figures whose reading takes some care: multipliers, slips kept, periods, parts of wholes, targets.</summary>
public sealed class KeyFiguresReadAsTheSourceStates
{
    [Fact]
    public void PostalRevenueIsAnEstimated130BillionDongUp8Point3PercentOn2021And118PercentOfPlan()
    {
        var figure = TheSeed.Figure("postal.revenue");

        Assert.Equal(130_000_000_000m, figure.BaseValue);
        Assert.Equal(("VND", 130m, 1_000_000_000m, "130 tỷ đồng"), (figure.Unit, figure.Value, figure.Multiplier, figure.ValueAsWritten));
        Assert.Equal(ValueStatus.Estimate, figure.Status);
        Assert.Equal(new StatedChange(8.3m, ChangeUnit.Percent, 2021), figure.Comparisons.Change);
        Assert.Equal(new StatedPlanShare(118m, 2021), figure.Comparisons.ShareOfPlan);
        Assert.True(figure.Period.IsWholeYear);
        Assert.Equal(2021, figure.Period.Year);
    }

    [Fact]
    public void TelecomRevenueFell28PercentOnTheYearBefore()
    {
        var figure = TheSeed.Figure("telecom.revenue");

        Assert.Equal(1_150_000_000_000m, figure.BaseValue);
        Assert.Equal(new StatedChange(-28m, ChangeUnit.Percent, 2020), figure.Comparisons.Change);
        Assert.Equal(new StatedPlanShare(68m, 2021), figure.Comparisons.ShareOfPlan);
    }

    [Fact]
    public void FixedAndPostpaidSubscriptionsFell2000SinceTheEndOf2020() =>
        Assert.Equal(new StatedChange(-2000m, ChangeUnit.Absolute, 2020), TheSeed.Figure("telecom.fixed-postpaid.active").Comparisons.Change);

    [Fact]
    public void PrintingRevenueComparesWithTheYearBefore() =>
        Assert.Equal(new StatedChange(14m, ChangeUnit.Percent, 2020), TheSeed.Figure("printing.revenue").Comparisons.Change);

    [Fact]
    public void PetitionsCoverTheFirstTenMonthsOf2021()
    {
        foreach (var code in new[] { "inspection.petitions", "inspection.denunciations", "inspection.recommendations" })
            Assert.Equal(new ReportPeriod(2021, 1, 10), TheSeed.Figure(code).Period);

        Assert.Equal(10m, TheSeed.Figure("inspection.petitions").Value);
        Assert.Equal((1m, 10m), (TheSeed.Figure("inspection.denunciations").Value, TheSeed.Figure("inspection.denunciations").Comparisons.OutOf!.Value));
        Assert.Equal((9m, 10m), (TheSeed.Figure("inspection.recommendations").Value, TheSeed.Figure("inspection.recommendations").Comparisons.OutOf!.Value));
    }

    [Fact]
    public void ProceduresWithOnlineDossiersAre811Of1725AgainstAMetTargetOfMoreThan50Percent()
    {
        var figure = TheSeed.Figure("egov.procedures-with-online-dossiers");

        Assert.Equal((811m, "procedure"), (figure.Value, figure.Unit));
        Assert.Equal(1725m, figure.Comparisons.OutOf);
        Assert.Equal(new StatedTarget(50m, "percent", Qualifier.MoreThan, Met: true), figure.Comparisons.Target);
        Assert.Null(figure.Comparisons.RatePercent);
    }

    [Fact]
    public void OnlineDossiersAreThoseOf2020AsTheTextSays()
    {
        var figure = TheSeed.Figure("egov.online-dossiers");

        Assert.Equal(new ReportPeriod(2020), figure.Period);
        Assert.Equal((22318m, 92329m, 24m), (figure.Value, figure.Comparisons.OutOf!.Value, figure.Comparisons.RatePercent!.Value));
        Assert.Equal(new StatedTarget(20m, "percent", Qualifier.Exact, Met: true), figure.Comparisons.Target);
    }

    [Fact]
    public void TheEarlyTargetsOfOnlineServicesAttachToTheirLevels()
    {
        Assert.Equal(new StatedTarget(40m, "percent", Qualifier.Exact, Met: true, MetEarly: true), TheSeed.Figure("egov.online-services.level3-4").Comparisons.Target);
        Assert.Equal(92m, TheSeed.Figure("egov.online-services.level3-4").Comparisons.RatePercent);
        Assert.Equal(new StatedTarget(30m, "percent", Qualifier.Exact, Met: true, MetEarly: true), TheSeed.Figure("egov.online-services.level4").Comparisons.Target);
        Assert.Equal(82m, TheSeed.Figure("egov.online-services.level4").Comparisons.RatePercent);
        Assert.Equal(new StatedTarget(30m, "percent", Qualifier.Exact, Met: true, MetEarly: true), TheSeed.Figure("egov.national-portal.services").Comparisons.Target);
    }

    [Fact]
    public void TheOneStopTargetWasMetIn2019() =>
        Assert.Equal(new StatedTarget(100m, "percent", Qualifier.Exact, Met: true, MetInYear: 2019), TheSeed.Figure("egov.one-stop.agencies-share").Comparisons.Target);

    [Fact]
    public void AllTheItPlanTargetsWereCompleted() =>
        Assert.Equal((100m, "percent", ValueStatus.Final), (TheSeed.Figure("it.plan-targets.completed").Value, TheSeed.Figure("it.plan-targets.completed").Unit, TheSeed.Figure("it.plan-targets.completed").Status));

    [Fact]
    public void QualifiersAreKeptApartFromTheFigures()
    {
        Assert.Equal((3200m, Qualifier.MoreThan, "hơn"), Read("press.news-items"));
        Assert.Equal((11.5m, Qualifier.About, "khoảng"), Read("press.news-items.problems-share"));
        Assert.Equal((200m, Qualifier.Nearly, "khoảng gần"), Read("printing.other-establishments"));
        Assert.Equal((120m, Qualifier.MoreThan, "hơn"), Read("distribution.copies"));
        Assert.Equal((80m, Qualifier.MoreThan, "Trên"), Read("egov.work-files-online.share"));
        Assert.Equal((130m, Qualifier.Exact, null), Read("postal.revenue"));

        static (decimal, Qualifier, string?) Read(string code) =>
            (TheSeed.Figure(code).Value, TheSeed.Figure(code).Qualifier, TheSeed.Figure(code).QualifierAsWritten);
    }

    [Fact]
    public void FinesAre23MillionDongWrittenInFull()
    {
        var figure = TheSeed.Figure("inspection.fines");

        Assert.Equal((23_000_000m, 1m, "23.000.000đ", "VND"), (figure.Value, figure.Multiplier, figure.ValueAsWritten, figure.Unit));
    }

    [Fact]
    public void DistributedCopiesAreCountedInMillions() =>
        Assert.Equal(120_000_000m, TheSeed.Figure("distribution.copies").BaseValue);

    [Fact]
    public void NoProlongedComplaintIsAZero()
    {
        var figure = TheSeed.Figure("inspection.prolonged-complaints");

        Assert.Equal((0m, "không có", "case"), (figure.Value, figure.ValueAsWritten, figure.Unit));
    }

    [Fact]
    public void TheFourInspectionsComeFromSectionThreeFour()
    {
        var figure = TheSeed.Figure("inspection.inspections");

        Assert.Equal((4m, "04 cuộc", "3.4"), (figure.Value, figure.ValueAsWritten, TheSeed.SourceOf(figure).Section));
    }

    [Fact]
    public void EveryIndicatorIsReportedOnce()
    {
        var repeated = TheSeed.Report.Indicators.GroupBy(figure => figure.Code).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.Empty(repeated);
    }
}
