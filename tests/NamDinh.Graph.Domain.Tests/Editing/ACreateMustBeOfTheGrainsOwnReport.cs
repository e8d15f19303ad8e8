using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>Like an import, a create naming another province or year than the report it is sent to is Invalid and creates nothing.</summary>
public sealed class ACreateMustBeOfTheGrainsOwnReport
{
    [Fact]
    public void CreatingHaNoi2022InTheReportOfHaNoi2023IsRefused()
    {
        var result = Edits.Decide(null, new CreateReport(Synthetic.Key, Synthetic: true), key: new ReportKey("01", 2023));

        Edits.AssertRefusedAt(result, "report.key");
        Assert.Null(result.Report);
    }
}
