using System.Text.Json.Serialization;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Editing;

/// <summary>
/// One change a user asks of a report. <see cref="ApplyTo"/> gives the changed report, or throws
/// <see cref="EditRefusedException"/> naming the field at fault when the edit cannot apply (an unknown id).
/// What the edit changed, its validation and its history all follow from comparing the two reports.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "edit")]
[JsonDerivedType(typeof(SetIndicator), "setIndicator")]
[JsonDerivedType(typeof(ReplaceIndicator), "replaceIndicator")]
[JsonDerivedType(typeof(RemoveIndicator), "removeIndicator")]
[JsonDerivedType(typeof(AddNarrativeItem), "addNarrativeItem")]
[JsonDerivedType(typeof(UpdateNarrativeItem), "updateNarrativeItem")]
[JsonDerivedType(typeof(RemoveNarrativeItem), "removeNarrativeItem")]
[JsonDerivedType(typeof(SetRanking), "setRanking")]
[JsonDerivedType(typeof(ImportReport), "importReport")]
[JsonDerivedType(typeof(CreateReport), "createReport")]
[JsonDerivedType(typeof(ChangeReport), "changeReport")]
public abstract record ReportEdit
{
    /// <summary>Whether the edit may apply where no report exists yet, creating it.</summary>
    public virtual bool Creates => false;

    /// <summary>The name of the operation, as the history records it ("setIndicator").</summary>
    public abstract string Operation { get; }

    public abstract Report ApplyTo(Report report);
}

/// <summary>
/// Sets the facts of one figure the patch gives and keeps the rest (<see cref="FigurePatch"/>), or adds the figure
/// after the others.
/// </summary>
public sealed record SetIndicator(FigurePatch Patch) : ReportEdit
{
    public override string Operation => "setIndicator";

    public override Report ApplyTo(Report report)
    {
        var stored = report.Indicators.FirstOrDefault(value => value.Code == Patch.Code);
        return report with { Indicators = ListEdits.Upsert(report.Indicators, Patch.ApplyTo(stored, report.Key.Year), value => value.Code == Patch.Code) };
    }
}

/// <summary>Replaces the figure of its code whole, on purpose, or adds it after the others.</summary>
public sealed record ReplaceIndicator(IndicatorValue Value) : ReportEdit
{
    public override string Operation => "replaceIndicator";

    public override Report ApplyTo(Report report) =>
        report with { Indicators = ListEdits.Upsert(report.Indicators, Value, value => value.Code == Value.Code) };
}

public sealed record RemoveIndicator(string Code) : ReportEdit
{
    public override string Operation => "removeIndicator";

    public override Report ApplyTo(Report report) =>
        report with { Indicators = ListEdits.Remove(report.Indicators, value => value.Code == Code, "code", $"The report has no figure '{Code}'.") };
}

/// <summary>
/// Adds a task or priority in <paramref name="Section"/> at <paramref name="Position"/> (from 1; null puts it last),
/// moving the items after it down one place.
/// </summary>
public sealed record AddNarrativeItem(NarrativeList List, Sector Sector, string Section, LocalizedText Text, int? Position) : ReportEdit
{
    public override string Operation => List == NarrativeList.Tasks ? "addTask" : "addPriority";

    public override Report ApplyTo(Report report)
    {
        var items = NarrativeLists.Of(report, List);
        var id = NarrativeLists.NextId(items, List, Section);
        var item = new NarrativeItem(id, Sector, Section, int.MaxValue, Text);
        return NarrativeLists.With(report, List, NarrativeLists.Place(items, item, Position));
    }
}

/// <summary>
/// Changes a task or priority: any of its sector, Vietnamese text, English translation and position; what is
/// null stays as it is, except the translation when <paramref name="Cleared"/> names "textEn".
/// </summary>
public sealed record UpdateNarrativeItem(
    NarrativeList List, string Id, Sector? Sector, string? Text, string? TextEn, int? Position, IReadOnlyList<string>? Cleared = null) : ReportEdit
{
    public override string Operation => List == NarrativeList.Tasks ? "updateTask" : "updatePriority";

    public override Report ApplyTo(Report report)
    {
        Editing.Cleared.RefuseUnclearable(Cleared, ["textEn"], NarrativeLists.Noun(List));
        var items = NarrativeLists.Of(report, List);
        var item = items.FirstOrDefault(candidate => candidate.Id == Id)
            ?? throw new EditRefusedException("id", $"The report has no {NarrativeLists.Noun(List)} '{Id}'.");
        var changed = item with
        {
            Sector = Sector ?? item.Sector,
            Text = new LocalizedText(Text ?? item.Text.Vi, Editing.Cleared.Pick(Cleared, "textEn", TextEn, item.Text.EnTranslation)),
        };
        var others = items.Where(candidate => candidate.Id != Id).ToList();
        return NarrativeLists.With(report, List, NarrativeLists.Place(NarrativeLists.Renumber(others, item.Section), changed, Position ?? item.Position));
    }
}

public sealed record RemoveNarrativeItem(NarrativeList List, string Id) : ReportEdit
{
    public override string Operation => List == NarrativeList.Tasks ? "removeTask" : "removePriority";

    public override Report ApplyTo(Report report)
    {
        var items = NarrativeLists.Of(report, List);
        var item = items.FirstOrDefault(candidate => candidate.Id == Id)
            ?? throw new EditRefusedException("id", $"The report has no {NarrativeLists.Noun(List)} '{Id}'.");
        return NarrativeLists.With(report, List, NarrativeLists.Renumber(items.Where(candidate => candidate.Id != Id).ToList(), item.Section));
    }
}

/// <summary>
/// Sets the facts of the report's place in a national index the patch gives and keeps the rest
/// (<see cref="RankingPatch"/>), or adds the ranking.
/// </summary>
public sealed record SetRanking(RankingPatch Patch) : ReportEdit
{
    /// <summary>Sets every fact of <paramref name="whole"/>: the ranking becomes it.</summary>
    public static SetRanking Whole(Ranking whole) => new(RankingPatch.Whole(whole));

    public override string Operation => "setRanking";

    public override Report ApplyTo(Report report)
    {
        var stored = report.Rankings.FirstOrDefault(ranking => ranking.Index == Patch.Index);
        return report with { Rankings = ListEdits.Upsert(report.Rankings, Patch.ApplyTo(stored), ranking => ranking.Index == Patch.Index) };
    }
}

/// <summary>Replaces the whole report with an imported one of the same key, or creates it.</summary>
public sealed record ImportReport(Report Report) : ReportEdit
{
    public override string Operation => "importReport";

    public override bool Creates => true;

    public override Report ApplyTo(Report report) => Report with { Version = report.Version };
}

/// <summary>Creates an empty report for a province and year: a blank document and no figures yet.</summary>
public sealed record CreateReport(ReportKey Key, bool Synthetic = false) : ReportEdit
{
    public override string Operation => "createReport";

    public override bool Creates => true;

    public override Report ApplyTo(Report report) => Report.Empty(Key, Synthetic) with { Version = report.Version };
}

/// <summary>
/// Many changes of one report, applied in order as one: all of them or none, one version, one revision. A change
/// that cannot apply or breaks a rule refuses them all, named by its place in the list.
/// </summary>
public sealed record ChangeReport(IReadOnlyList<ReportEdit> Changes) : ReportEdit
{
    public override string Operation => "changeReport";

    public override Report ApplyTo(Report report) => Changes.Aggregate(report, (changed, edit) => edit.ApplyTo(changed));
}

/// <summary>Why an edit cannot apply: the field at fault and a message for the user.</summary>
public sealed class EditRefusedException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
