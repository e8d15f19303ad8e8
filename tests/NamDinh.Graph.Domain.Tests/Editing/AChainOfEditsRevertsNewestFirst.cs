using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// Five edits decided one after another, each against the version the one before made: undoing their changes
/// newest first gives back every version on the way down to the seeded report.
/// </summary>
public sealed class AChainOfEditsRevertsNewestFirst
{
    [Fact]
    public void EveryVersionComesBackDownToTheSeed()
    {
        ReportEdit[] chain =
        [
            Edits.SetFigure("postal.revenue", figure => figure with { Value = 131m, ValueAsWritten = "131 tỷ đồng" }),
            new AddNarrativeItem(NarrativeList.Tasks, Sector.PostalTelecom, "3.1", new LocalizedText("Một nhiệm vụ mới."), 3),
            new UpdateNarrativeItem(NarrativeList.Tasks, "task-3.1-10", null, "Nhiệm vụ được sửa.", null, 1),
            new RemoveIndicator("postal.revenue"),
            new ImportReport(TheSeed.Report with
            {
                Indicators = [.. TheSeed.Report.Indicators.Skip(3).Reverse()],
                Document = TheSeed.Report.Document with { Number = "600" },
            }),
        ];
        var versions = new List<Report> { TheSeed.Report };
        var revisions = new List<IReadOnlyList<RevisionEntry>>();
        foreach (var edit in chain)
        {
            var result = Edits.Decide(versions[^1], edit, expectedVersion: versions[^1].Version);
            Assert.Equal(EditStatus.Applied, result.Status);
            versions.Add(result.Report!);
            revisions.Add(result.Changes);
        }
        Assert.Equal(6, versions[^1].Version);

        var report = versions[^1];
        for (var step = revisions.Count - 1; step >= 0; step--)
        {
            report = ReportDiff.Revert(report, revisions[step]) with { Version = step + 1 };
            Assert.Equal(Edits.Json(versions[step]), Edits.Json(report));
        }
        Assert.Equal(Edits.Json(TheSeed.Report), Edits.Json(report));
    }
}
