using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Text;
using NamDinh.Graph.Domain.Validation;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>A task's text (and a source sentence) must say something and stay within <see cref="Limits.LongText"/> characters.</summary>
public sealed class TextsAreNeitherEmptyNorEndless
{
    [Fact]
    public void ATaskOfWhitespace() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, new AddNarrativeItem(NarrativeList.Tasks, Sector.PostalTelecom, "3.1", new LocalizedText("  \t "), null)), "item.text.vi");

    [Fact]
    public void ATaskLongerThanTheLimit() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, new AddNarrativeItem(NarrativeList.Tasks, Sector.PostalTelecom, "3.1", new LocalizedText(new string('a', Limits.LongText + 1)), null)), "item.text.vi");

    [Fact]
    public void ATaskAtTheLimitIsAccepted() =>
        Assert.Equal(EditStatus.Applied, Edits.Decide(TheSeed.Report, new AddNarrativeItem(NarrativeList.Tasks, Sector.PostalTelecom, "3.1", new LocalizedText(new string('a', Limits.LongText)), null)).Status);

    [Fact]
    public void AnEmptyTranslation() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, new UpdateNarrativeItem(NarrativeList.Tasks, "task-3.1-12", null, "Một nhiệm vụ.", "", null)), "item.text.enTranslation");

    [Fact]
    public void AnEmptySection() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, new AddNarrativeItem(NarrativeList.Priorities, Sector.General, " ", new LocalizedText("Một ưu tiên."), null)), "item.section");

    [Fact]
    public void ASourceSentenceLongerThanTheLimit() =>
        Edits.AssertRefusedAt(
            Edits.Decide(TheSeed.Report, Edits.SetFigure("postal.revenue", figure => figure with { Source = new SourceReference("2.1", new string('a', Limits.LongText + 1)) })),
            "indicator.source.sentence");
}
