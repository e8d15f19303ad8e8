using System.Text.Json;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// For every kind of edit applied to the real report, undoing what <see cref="ReportDiff.Between"/> found gives
/// the report before the edit, exactly as the domain writes it: that is how the history shows a report as it was.
/// </summary>
public sealed class RevertingADiffGivesTheEarlierReportExactly
{
    private static readonly LocalizedText NewText = new("Tổ chức hội nghị tổng kết công tác bưu chính năm 2021.", "Held the 2021 postal review conference.");

    private static readonly Dictionary<string, ReportEdit> EditsOfEveryKind = new()
    {
        ["change a figure"] = Edits.SetFigure("postal.revenue", figure => figure with { Value = 131m, ValueAsWritten = "131 tỷ đồng" }),
        ["add a figure after the others"] = Edits.SetFigure("inspection.inspections", figure => figure with { Code = "inspection.follow-up-inspections" }),
        ["remove the first figure"] = new RemoveIndicator("postal.revenue"),
        ["remove a figure in the middle"] = new RemoveIndicator("egov.online-dossiers"),
        ["remove the last figure"] = new RemoveIndicator(TheSeed.Report.Indicators[^1].Code),
        ["add a task in the middle of section 3.1"] = new AddNarrativeItem(NarrativeList.Tasks, Sector.PostalTelecom, "3.1", NewText, 5),
        ["add a task at the top of section 3.2"] = new AddNarrativeItem(NarrativeList.Tasks, Sector.InformationTechnology, "3.2", NewText, 1),
        ["add a task at the end of section 3.1"] = new AddNarrativeItem(NarrativeList.Tasks, Sector.PostalTelecom, "3.1", NewText, null),
        ["add a priority in a new section"] = new AddNarrativeItem(NarrativeList.Priorities, Sector.General, "6.4", NewText, null),
        ["reword a task"] = new UpdateNarrativeItem(NarrativeList.Tasks, "task-3.2-03", null, NewText.Vi, NewText.EnTranslation, null),
        ["move a task to the top of its section"] = new UpdateNarrativeItem(NarrativeList.Tasks, "task-3.1-08", null, null, null, 1),
        ["move a task down its section"] = new UpdateNarrativeItem(NarrativeList.Tasks, "task-3.1-02", null, null, null, 11),
        ["move and reword a priority"] = new UpdateNarrativeItem(NarrativeList.Priorities, "priority-6.3-01", Sector.General, NewText.Vi, null, 8),
        ["remove the first task of section 3.1"] = new RemoveNarrativeItem(NarrativeList.Tasks, "task-3.1-01"),
        ["remove the last priority"] = new RemoveNarrativeItem(NarrativeList.Priorities, "priority-6.3-08"),
        ["change a ranking"] = SetRanking.Whole(TheSeed.Report.Rankings[2] with { Position = 9, EditionYear = 2021 }),
        ["add a ranking"] = SetRanking.Whole(TheSeed.Report.Rankings[0] with { Index = "pci", Name = new LocalizedText("Chỉ số PCI") }),
        ["import figures in another order and another document"] = new ImportReport(TheSeed.Report with
        {
            Indicators = [.. TheSeed.Report.Indicators.Reverse()],
            Document = TheSeed.Report.Document with { Number = "512", Day = 30, Recipients = ["Như trên", "UBND tỉnh"] },
        }),
        ["import without tasks, with a proposal, as synthetic"] = new ImportReport(TheSeed.Report with
        {
            Tasks = [],
            Proposals = new Proposals([new NarrativeItem("proposal-5-01", Sector.General, "5", 1, NewText)], null),
            Synthetic = true,
        }),
        ["create an empty report over it"] = new CreateReport(TheSeed.Report.Key),
    };

    public static TheoryData<string> KindsOfEdit => [.. EditsOfEveryKind.Keys];

    [Theory]
    [MemberData(nameof(KindsOfEdit))]
    public void RevertGivesTheReportBeforeTheEdit(string kindOfEdit)
    {
        var before = TheSeed.Report;
        var after = EditsOfEveryKind[kindOfEdit].ApplyTo(before);

        var entries = ReportDiff.Between(before, after);

        Assert.NotEmpty(entries);
        Assert.Equal(Edits.Json(before), Edits.Json(ReportDiff.Revert(after, entries)));
    }

    [Theory]
    [MemberData(nameof(KindsOfEdit))]
    public void EntriesReadBackFromJsonRevertAsWell(string kindOfEdit)
    {
        var before = TheSeed.Report;
        var after = EditsOfEveryKind[kindOfEdit].ApplyTo(before);
        var stored = JsonSerializer.Serialize(ReportDiff.Between(before, after), ReportJson.Options);

        var entries = JsonSerializer.Deserialize<List<RevisionEntry>>(stored, ReportJson.Options)!;

        Assert.Equal(Edits.Json(before), Edits.Json(ReportDiff.Revert(after, entries)));
    }

    [Fact]
    public void AnImportThatOnlyReordersFiguresListsEveryMovedFigure()
    {
        var before = TheSeed.Report;
        var after = before with { Indicators = [.. before.Indicators.Reverse()] };

        var entries = ReportDiff.Between(before, after);

        // An odd count keeps the middle figure in place: it alone has no entry.
        Assert.Equal(before.Indicators.Count - before.Indicators.Count % 2, entries.Count);
        Assert.All(entries, entry => Assert.Equal(("indicators", entry.OldValue), (entry.Part, entry.NewValue)));
    }
}
