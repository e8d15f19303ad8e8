using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>A report imported under another province or year than its own is Invalid, whether or not a report is there.</summary>
public sealed class AnImportMustBeOfTheGrainsOwnReport
{
    [Fact]
    public void AnotherYearsReportIsRefusedOverTheRealOne()
    {
        var result = Edits.Decide(TheSeed.Report, new ImportReport(TheSeed.Report with { Key = new ReportKey("36", 2022) }));

        Edits.AssertRefusedAt(result, "report.key");
        Assert.Same(TheSeed.Report, result.Report);
    }

    [Fact]
    public void AnotherProvincesReportIsRefusedWhereNoneExists()
    {
        var result = Edits.Decide(null, new ImportReport(Synthetic.WithFigures()), key: new ReportKey("02", 2022));

        Edits.AssertRefusedAt(result, "report.key");
        Assert.Null(result.Report);
    }
}
