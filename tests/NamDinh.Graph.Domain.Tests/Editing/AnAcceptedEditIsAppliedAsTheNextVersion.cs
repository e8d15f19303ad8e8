using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>An edit that changes the report and breaks no rule is applied: the next version, with what changed listed.</summary>
public sealed class AnAcceptedEditIsAppliedAsTheNextVersion
{
    private static readonly ReplaceIndicator NewPostalRevenue =
        Edits.SetFigure("postal.revenue", figure => figure with { Value = 131m, ValueAsWritten = "131 tỷ đồng" });

    [Fact]
    public void TheReportGetsTheNextVersionWithTheNewFigure()
    {
        var result = Edits.Decide(TheSeed.Report, NewPostalRevenue, expectedVersion: 1);

        Assert.Equal(EditStatus.Applied, result.Status);
        Assert.Equal((2L, 2L), (result.CurrentVersion, result.Report!.Version));
        Assert.Equal(131m, result.Report.Indicators.Single(figure => figure.Code == "postal.revenue").Value);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void TheChangeNamesTheFigureItsPlaceAndBothValues()
    {
        var result = Edits.Decide(TheSeed.Report, NewPostalRevenue);

        var change = Assert.Single(result.Changes);
        Assert.Equal(("indicators", "postal.revenue", (int?)0), (change.Part, change.Key, change.OldIndex));
        Assert.Equal(TheSeed.Figure("postal.revenue"), ReportDiff.Read<IndicatorValue>(change.OldValue));
        Assert.Equal(NewPostalRevenue.Value, ReportDiff.Read<IndicatorValue>(change.NewValue));
    }

    [Fact]
    public void EverythingElseStaysAsItWas()
    {
        var result = Edits.Decide(TheSeed.Report, NewPostalRevenue);

        Assert.Equal(
            Edits.Json(TheSeed.Report with { Version = 2, Indicators = [NewPostalRevenue.Value, .. TheSeed.Report.Indicators.Skip(1)] }),
            Edits.Json(result.Report));
    }
}
