using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>Creating a report where none exists gives version 1 with a blank document and nothing in it; where one exists, it is refused.</summary>
public sealed class CreatingAReportStartsItAtVersionOne
{
    [Fact]
    public void ANewReportIsVersionOneBlankAndEmpty()
    {
        var result = Edits.Decide(null, new CreateReport(Synthetic.Key, Synthetic: true), key: Synthetic.Key);

        Assert.Equal((EditStatus.Applied, 1L), (result.Status, result.CurrentVersion));
        Assert.Equal(Edits.Json(Report.Empty(Synthetic.Key, synthetic: true) with { Version = 1 }), Edits.Json(result.Report));
        Assert.Same(DocumentFacts.Blank, result.Report!.Document);
    }

    [Fact]
    public void CreatingTheRealReportAgainIsAlreadyExists()
    {
        var result = Edits.Decide(TheSeed.Report, new CreateReport(TheSeed.Report.Key));

        Assert.Equal(EditStatus.AlreadyExists, result.Status);
        Assert.Same(TheSeed.Report, result.Report);
        Assert.Equal(1, result.CurrentVersion);
    }

    [Fact]
    public void ImportingWhereNoneExistsCreatesVersionOne()
    {
        var imported = Synthetic.WithFigures(TheSeed.Figure("telecom.revenue")) with { Version = 42 };

        var result = Edits.Decide(null, new ImportReport(imported), key: Synthetic.Key);

        Assert.Equal((EditStatus.Applied, 1L), (result.Status, result.Report!.Version));
        Assert.Equal(Edits.Json(imported with { Version = 1 }), Edits.Json(result.Report));
    }
}
