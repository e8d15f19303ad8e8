using System.Text.Json;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>Two reports that read the same have nothing between them, whatever their version or object identity.</summary>
public sealed class EqualReportsHaveNoDiff
{
    [Fact]
    public void TheSeedAgainstItself() =>
        Assert.Empty(ReportDiff.Between(TheSeed.Report, TheSeed.Report));

    [Fact]
    public void TheSeedAgainstACopyReadBackFromJson()
    {
        var copy = JsonSerializer.Deserialize<Report>(Edits.Json(TheSeed.Report), ReportJson.Options)!;

        Assert.Empty(ReportDiff.Between(TheSeed.Report, copy));
    }

    [Fact]
    public void TheVersionIsNotAPartOfTheReport() =>
        Assert.Empty(ReportDiff.Between(TheSeed.Report, TheSeed.Report with { Version = 7 }));

    [Fact]
    public void TwoEmptyReports() =>
        Assert.Empty(ReportDiff.Between(Report.Empty(Synthetic.Key), Report.Empty(Synthetic.Key)));
}
