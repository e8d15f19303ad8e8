using NamDinh.Graph.Cli.Indicators;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Cli.Tests;

public sealed class FigureChangeKeepsWhatTheRowDoesNotGive
{
    private static readonly Report NamDinh = SeedReports.All.Single(report => report.Key == new ReportKey("36", 2021));

    private static IndicatorValue Current(string code) => NamDinh.Indicators.Single(value => value.Code == code);

    private static FigureChange Plan(string code, decimal value, decimal? multiplier = null, ValueStatus? status = null, Qualifier? qualifier = null, int? toMonth = null) =>
        FigureChange.Plan(new IndicatorRow(2, code, value, multiplier, null, status, qualifier, null, null, toMonth), NamDinh, IndicatorCatalog.Default);

    [Fact]
    public void A_row_that_states_the_figure_as_it_is_changes_nothing()
    {
        var change = Plan("postal.revenue", 130.0m, status: ValueStatus.Estimate);

        Assert.True(change.Unchanged);
    }

    [Fact]
    public void A_new_number_keeps_multiplier_status_and_period_but_drops_the_sources_words_about_the_old_one()
    {
        var change = Plan("postal.revenue", 131);

        var figure = change.New!;
        Assert.Equal(1_000_000_000m, figure.Multiplier);
        Assert.Equal(ValueStatus.Estimate, figure.Status);
        Assert.Equal(Current("postal.revenue").Period, figure.Period);
        Assert.Equal("131", figure.ValueAsWritten);
        Assert.Null(figure.Source);
        Assert.Equal(StatedComparisons.None, figure.Comparisons);
        Assert.True(change.DropsStatedWords);
    }

    [Fact]
    public void A_new_status_alone_keeps_the_figures_words()
    {
        var change = Plan("press.news-items", 3200, status: ValueStatus.Final);

        Assert.Equal(Current("press.news-items") with { Status = ValueStatus.Final }, change.New);
        Assert.False(change.DropsStatedWords);
    }

    [Fact]
    public void A_new_qualifier_drops_the_words_of_the_old_one()
    {
        var change = Plan("press.news-items", 3200, qualifier: Qualifier.Exact);

        Assert.Equal(Current("press.news-items") with { Qualifier = Qualifier.Exact, QualifierAsWritten = null }, change.New);
    }

    [Fact]
    public void A_new_period_is_a_new_number()
    {
        var change = Plan("inspection.petitions", 10, toMonth: 12);

        Assert.Equal(new ReportPeriod(2021, 1, 12), change.New!.Period);
        Assert.Null(change.New.Source);
    }

    [Fact]
    public void A_figure_the_report_lacks_is_added_with_the_catalogs_unit_as_a_final_exact_figure_of_the_whole_year()
    {
        var report = NamDinh with { Indicators = NamDinh.Indicators.Where(value => value.Code != "inspection.fines").ToList() };

        var change = FigureChange.Plan(new IndicatorRow(2, "inspection.fines", 5, null, null, null, null, null, null, null), report, IndicatorCatalog.Default);

        Assert.Null(change.Current);
        Assert.Equal(
            new IndicatorValue("inspection.fines", 5, "VND", 1, "5", ValueStatus.Final, Qualifier.Exact, null, ReportPeriod.WholeYear(2021), StatedComparisons.None, null),
            change.New);
    }
}
