using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Api.Schema.Inputs;

/// <summary>
/// A change request as the client sent it: the report, the version the client last saw, why, whether only to try it,
/// whether an implausible figure is meant, the client's key for retrying it, and the change itself.
/// </summary>
public sealed record ReportChangeInput(
    string Province,
    int Year,
    int? ExpectedVersion,
    string? Reason,
    bool DryRun,
    bool ConfirmImplausible,
    string? IdempotencyKey,
    ChangeDraft Change)
{
    public ChangeOptions Options => new(ExpectedVersion, Reason, DryRun, ConfirmImplausible, IdempotencyKey);

    public static ReportChangeInput Read(GivenFields fields, ChangeDraft change) => new(
        fields.Get<string>("province") ?? "",
        fields.GetValue<int>("year") ?? 0,
        fields.GetValue<int>("expectedVersion"),
        fields.Get<string>("reason"),
        fields.GetValue<bool>("dryRun") ?? false,
        fields.GetValue<bool>("confirmImplausible") ?? false,
        fields.Get<string>("idempotencyKey"),
        change);
}

/// <summary>How a change is to be made, whatever it changes: see <see cref="ReportChangeInput"/>.</summary>
public sealed record ChangeOptions(int? ExpectedVersion, string? Reason, bool DryRun, bool ConfirmImplausible, string? IdempotencyKey);

/// <summary>
/// One change as the client named it, before it is known which report it is for: the part of the report it is about,
/// and the edit it makes of that report. <c>field</c> is where the client wrote it, for errors ("input", "input.changes[2].updateTask").
/// </summary>
public abstract record ChangeDraft(string Part)
{
    /// <summary>The mutation that makes this change alone, as changeReport's list names it too ("setIndicator", "addTask").</summary>
    public abstract string Mutation { get; }

    public abstract ReportEdit ToEdit(ReportKey report, string field);

    /// <summary>The item the change is about, where the client named one (a new task's is known only once added).</summary>
    public virtual string? ItemKey(ReportKey report, string field) => null;
}

public sealed record SetIndicatorDraft(FigurePatch Patch) : ChangeDraft(ReportParts.Indicators)
{
    public override string Mutation => "setIndicator";

    public override ReportEdit ToEdit(ReportKey report, string field) => new SetIndicator(Patch);

    public override string? ItemKey(ReportKey report, string field) => Patch.Code;
}

public sealed record ReplaceIndicatorDraft(FigurePatch Patch) : ChangeDraft(ReportParts.Indicators)
{
    public override string Mutation => "replaceIndicator";

    /// <summary>The figure whole: what the input gives, and the defaults of a new figure for the rest.</summary>
    public override ReportEdit ToEdit(ReportKey report, string field) => new ReplaceIndicator(Patch.ApplyTo(null, report.Year));

    public override string? ItemKey(ReportKey report, string field) => Patch.Code;
}

public sealed record RemoveIndicatorDraft(string Code) : ChangeDraft(ReportParts.Indicators)
{
    public override string Mutation => "removeIndicator";

    public override ReportEdit ToEdit(ReportKey report, string field) => new RemoveIndicator(Code);

    public override string? ItemKey(ReportKey report, string field) => Code;
}

public sealed record AddNarrativeItemDraft(NarrativeList List, Sector Sector, string? Section, string Text, string? TextEn, int? Position)
    : ChangeDraft(List.Part()), INarrativeDraft
{
    public override string Mutation => NarrativeMutations.Of("add", List);

    public ChangeDraft In(NarrativeList list) => this with { List = list, Part = list.Part() };

    public override ReportEdit ToEdit(ReportKey report, string field) =>
        new AddNarrativeItem(List, Sector, Section ?? ReportTemplate.SectionOf(List, Sector), new LocalizedText(Text, TextEn), Position);
}

public sealed record UpdateNarrativeItemDraft(NarrativeList List, string Id, Sector? Sector, string? Text, string? TextEn, int? Position, IReadOnlyList<string> Cleared)
    : ChangeDraft(List.Part()), INarrativeDraft
{
    public override string Mutation => NarrativeMutations.Of("update", List);

    public ChangeDraft In(NarrativeList list) => this with { List = list, Part = list.Part() };

    public override ReportEdit ToEdit(ReportKey report, string field) =>
        new UpdateNarrativeItem(List, ItemKey(report, field), Sector, Text, TextEn, Position, Cleared);

    public override string ItemKey(ReportKey report, string field) => ItemKeys.Of(Id, "NarrativeItem", report, $"{field}.id");
}

public sealed record RemoveNarrativeItemDraft(NarrativeList List, string Id) : ChangeDraft(List.Part()), INarrativeDraft
{
    public override string Mutation => NarrativeMutations.Of("remove", List);

    public ChangeDraft In(NarrativeList list) => this with { List = list, Part = list.Part() };

    public override ReportEdit ToEdit(ReportKey report, string field) => new RemoveNarrativeItem(List, ItemKey(report, field));

    public override string ItemKey(ReportKey report, string field) => ItemKeys.Of(Id, "NarrativeItem", report, $"{field}.id");
}

/// <summary>The mutations of tasks and priorities: "addTask", "removePriority".</summary>
public static class NarrativeMutations
{
    public static string Of(string verb, NarrativeList list) => verb + (list == NarrativeList.Tasks ? "Task" : "Priority");
}

public sealed record SetRankingDraft(RankingPatch Patch) : ChangeDraft(ReportParts.Rankings)
{
    public override string Mutation => "setRanking";

    public override ReportEdit ToEdit(ReportKey report, string field) => new SetRanking(Patch);

    public override string? ItemKey(ReportKey report, string field) => Patch.Index;
}

public sealed record CreateReportDraft(bool Synthetic) : ChangeDraft(ReportParts.WholeReport)
{
    public override string Mutation => "createReport";

    public override ReportEdit ToEdit(ReportKey report, string field) => new CreateReport(report, Synthetic);
}

/// <summary>Many changes as one: each named by its place in the list for errors.</summary>
public sealed record ChangeReportDraft(IReadOnlyList<ChangeDraft> Changes) : ChangeDraft(ReportParts.WholeReport)
{
    public override string Mutation => "changeReport";

    public override ReportEdit ToEdit(ReportKey report, string field) =>
        new ChangeReport([.. Changes.Select((change, index) => change.ToEdit(report, $"{field}.changes[{index}].{change.Mutation}"))]);
}

public sealed class ImportReportInput
{
    public string Report { get; init; } = "";
    public bool DryRun { get; init; }
    public int? ExpectedVersion { get; init; }
    public string? Reason { get; init; }
    public bool ConfirmImplausible { get; init; }
    public string? IdempotencyKey { get; init; }

    public ChangeOptions Options => new(ExpectedVersion, Reason, DryRun, ConfirmImplausible, IdempotencyKey);
}
