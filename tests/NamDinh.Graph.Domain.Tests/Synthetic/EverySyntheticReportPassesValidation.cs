using NamDinh.Graph.Domain.Editing;

namespace NamDinh.Graph.Domain.Tests;

public sealed class EverySyntheticReportPassesValidation
{
    [Fact]
    public void ImportingEachReportWhereNoneExistsIsApplied()
    {
        var refused = SyntheticSet.Reports
            .Select(report => (report.Key, Result: ReportEditor.Decide(null, report.Key, new EditRequest(new ImportReport(report), null, "test", null), null)))
            .Where(decided => decided.Result.Status != EditStatus.Applied)
            .Select(decided => $"{decided.Key}: {decided.Result.Status} {string.Join("; ", decided.Result.Problems.Select(problem => $"{problem.Field}: {problem.Message}"))}")
            .ToList();

        Assert.Empty(refused);
    }

    [Fact]
    public void ImportingEachReportOverItsPreviousYearIsApplied()
    {
        Assert.All(SyntheticSet.Reports, report =>
            Assert.Equal(EditStatus.Applied, ReportEditor.Decide(null, report.Key,
                new EditRequest(new ImportReport(report), null, "test", null), SyntheticSet.PreviousYearOf(report)).Status));
    }
}
