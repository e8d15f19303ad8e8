using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>A report is created or imported only for a province of the directory, by its statistical code.</summary>
public sealed class AReportIsForAKnownProvince
{
    [Fact]
    public void CreatingAReportOfProvince99IsRefused()
    {
        var key = new ReportKey("99", 2021);

        var result = Edits.Decide(null, new CreateReport(key, Synthetic: true), key: key);

        Edits.AssertRefusedAt(result, "province");
        Assert.Null(result.Report);
    }

    [Fact]
    public void ASlugIsNotAProvinceCode()
    {
        var key = new ReportKey("nam-dinh", 2022);

        Edits.AssertRefusedAt(Edits.Decide(null, new CreateReport(key, Synthetic: true), key: key), "province");
    }

    [Fact]
    public void ImportingAReportOfProvince99IsRefused()
    {
        var key = new ReportKey("99", 2022);

        Edits.AssertRefusedAt(Edits.Decide(null, new ImportReport(Synthetic.WithFigures(key)), key: key), "province");
    }

    [Fact]
    public void CreatingAReportOfHaNoiIsAccepted() =>
        Assert.Equal(EditStatus.Applied, Edits.Decide(null, new CreateReport(Synthetic.Key, Synthetic: true), key: Synthetic.Key).Status);
}
