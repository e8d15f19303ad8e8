using NamDinh.Graph.Domain.Editing;

namespace NamDinh.Graph.Domain.Tests.Patches;

/// <summary>
/// <see cref="ChangedFields"/> names the fields of an item a change changed, one level into an object, and not the
/// mark a source gets when its figure's value changes; an item added or removed has none.
/// </summary>
public sealed class ChangedFieldsNameWhatAChangeChanged
{
    private static IReadOnlyList<string> FieldsOf(ReportEdit edit) =>
        ChangedFields.Of(Assert.Single(Edits.Decide(TheSeed.Report, edit).Changes));

    [Fact]
    public void ANewValueIsTheValueAloneThoughTheSourceIsMarked() =>
        Assert.Equal(["value"], FieldsOf(new SetIndicator(new FigurePatch("postal.revenue", Value: 131))));

    [Fact]
    public void AComparisonIsNamedUnderComparisons() =>
        Assert.Equal(["comparisons.change"], FieldsOf(new SetIndicator(new FigurePatch("postal.revenue", Comparisons: new ComparisonsPatch(Cleared: ["change"])))));

    [Fact]
    public void ATranslationClearedIsTheTextsTranslation() =>
        Assert.Equal(["text.enTranslation"], FieldsOf(new UpdateNarrativeItem(NarrativeList.Tasks, "task-3.1-01", null, null, null, null, ["textEn"])));

    [Fact]
    public void SeveralFieldsAreEachNamed() =>
        Assert.Equal(["multiplier", "status", "value"], FieldsOf(new SetIndicator(new FigurePatch("postal.revenue", Value: 130_000, Multiplier: 1_000_000, Status: Reports.ValueStatus.Final))).Order());

    [Fact]
    public void ARemovedFigureHasNoFields() =>
        Assert.Empty(FieldsOf(new RemoveIndicator("postal.revenue")));
}
