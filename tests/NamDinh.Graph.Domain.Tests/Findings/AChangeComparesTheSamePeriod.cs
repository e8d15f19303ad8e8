using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// "So với cùng kỳ" compares a figure with the same months of the year before: a figure of the first 10 months
/// is never checked against a whole-year figure of the previous report, nor against a figure of another year.
/// </summary>
public sealed class AChangeComparesTheSamePeriod
{
    private static IndicatorValue Petitions(decimal count, ReportPeriod period, StatedChange? change = null) =>
        Synthetic.Figure("inspection.petitions", count, "petition", new StatedComparisons(Change: change)) with { Period = period };

    private static IEnumerable<FindingKind> Kinds(IndicatorValue now, IndicatorValue before) =>
        FindingsEngine.Inspect(Synthetic.WithFigures(now), Synthetic.WithFigures(Synthetic.PreviousYearKey, before)).Select(finding => finding.Kind);

    [Fact]
    public void TenMonthsAreNotComparedWithAWholeYear() =>
        // 10 petitions in Jan–Oct 2022, "up 25 %" on Jan–Oct 2021 (8); the 2021 report only has the whole year (12).
        Assert.Empty(Kinds(Petitions(10m, new ReportPeriod(2022, 1, 10), new StatedChange(25m, ChangeUnit.Percent, 2021)), Petitions(12m, ReportPeriod.WholeYear(2021))));

    [Fact]
    public void TheSameTenMonthsAreCompared() =>
        Assert.Equal([FindingKind.ChangeDisagreesWithPreviousYear],
            Kinds(Petitions(10m, new ReportPeriod(2022, 1, 10), new StatedChange(25m, ChangeUnit.Percent, 2021)), Petitions(12m, new ReportPeriod(2021, 1, 10))));

    [Fact]
    public void APreviousFigureOfAnotherYearIsNotCompared() =>
        // The 2021 report may give a 2020 figure (as the real report does for online dossiers): it is not the 2021 figure.
        Assert.Empty(Kinds(Petitions(10m, ReportPeriod.WholeYear(2022), new StatedChange(25m, ChangeUnit.Percent, 2021)), Petitions(12m, ReportPeriod.WholeYear(2020))));
}
