using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// Validation refuses a figure whose numbers are beyond what a decimal holds; one stored before is read without
/// an exception: its base value and changes are null and the findings engine names it.
/// </summary>
public sealed class AFigureBeyondADecimalIsAFindingNotAnError
{
    private static IndicatorValue Poisoned(IndicatorValue figure) =>
        figure with { Value = decimal.MaxValue, Multiplier = 1_000_000_000m };

    private static readonly Report PoisonedReport = TheSeed.Report with
    {
        Indicators = [.. TheSeed.Report.Indicators.Select(figure => figure.Code == "postal.revenue" ? Poisoned(figure) : figure)],
    };

    [Fact]
    public void A_value_beyond_a_decimal_is_refused() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, Edits.SetFigure("postal.revenue", Poisoned)), "indicator.value");

    [Fact]
    public void A_plan_too_small_for_its_share_is_refused() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, Edits.SetFigure("postal.revenue", figure => figure with
        {
            PlanValue = 0.0000000000000000000000000001m,
            Comparisons = figure.Comparisons with { ShareOfPlan = new StatedPlanShare(100, 2021) },
        })), "indicator.planValue");

    [Fact]
    public void Its_base_value_is_null() =>
        Assert.Null(PoisonedReport.Indicators.Single(figure => figure.Code == "postal.revenue").BaseValue);

    [Fact]
    public void The_findings_engine_names_it()
    {
        var finding = Assert.Single(FindingsEngine.Inspect(PoisonedReport), finding => finding.Kind == FindingKind.ValueBeyondRange);
        Assert.Equal("postal.revenue", finding.Subject);
    }

    [Fact]
    public void The_next_years_findings_and_changes_compute()
    {
        var nextYear = TheSeed.Report with { Key = TheSeed.Report.Key with { Year = 2022 } };
        FindingsEngine.Inspect(nextYear, PoisonedReport);
        var figure = TheSeed.Figure("postal.revenue");
        Assert.Null(ComputedChange.Between(figure with { Period = figure.Period with { Year = 2022 } }, Poisoned(figure)));
    }

    [Fact]
    public void A_tiny_plan_beside_a_share_of_plan_is_a_finding()
    {
        var report = TheSeed.Report with
        {
            Indicators = [.. TheSeed.Report.Indicators.Select(figure => figure.Code == "postal.revenue"
                ? figure with { PlanValue = 0.0000000000000000000000000001m, Comparisons = figure.Comparisons with { ShareOfPlan = new StatedPlanShare(100, 2021) } }
                : figure)],
        };

        Assert.Contains(FindingsEngine.Inspect(report), finding => finding.Kind == FindingKind.ValueBeyondRange);
    }
}
