using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Api.Schema.Mutations;
using NamDinh.Graph.Api.Schema.Types;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Payloads;

/// <summary>
/// The fields every change payload has: its id, the report after the change, its version, what changed and the
/// findings. Each object in it carries the id a client's cache holds it under, so the page follows without a refetch.
/// </summary>
public abstract class ReportChangePayloadGraphType : ObjectGraphType<ChangeOutcome>
{
    protected ReportChangePayloadGraphType(string name, string description, string exampleItem)
    {
        Name = name;
        Description = description;
        this.IdField(outcome => outcome.PayloadKey,
            $"\"{name}:36-2021@6:applied:{exampleItem}\": the report as the change left it (a dry run's preview: \"36-2021@5+dry-run-…\"), whether it was applied, unchanged or a dry run, the part and the item");
        Field<NonNullGraphType<BooleanGraphType>, bool>("applied")
            .Description("True when the change was stored as a new version; false for a dry run or a change that changed nothing.")
            .Resolve(context => context.Source.Result.Status == EditStatus.Applied);
        Field<NonNullGraphType<IntGraphType>, int>("version")
            .Description("The report's version now.")
            .Resolve(context => checked((int)context.Source.Result.CurrentVersion));
        Field<ReportGraphType, Scoped<Report>>("report")
            .Description("The report as it is now, at its new version, with the id of the current report (\"Report:36-2021\"). In a dry run, as it still is; null only in a dry run of a report not yet created.")
            .Resolve(context => context.Source.Result.Report is { } report ? ReportScope.Current(context.Source.Key).Of(report) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevisionEntryGraphType>>>, IEnumerable<Scoped<RevisionEntry>>>("changes")
            .Description("What the change touched (or would touch, in a dry run), with old and new values.")
            .Resolve(context => context.Source.Made.OfEach(context.Source.Result.Changes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>, IEnumerable<FoundFinding>>("findingsRaised")
            .Description("Findings the change brought about, as the report now has them (in a dry run, as it would).")
            .Resolve(context => context.Source.Result.FindingsRaised.Select(finding => FoundFinding.InReport(finding, context.Source.Now)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>, IEnumerable<FoundFinding>>("findingsCleared")
            .Description("Findings the change resolved, as the report had them at the version before.")
            .Resolve(context => context.Source.Result.FindingsCleared.Select(finding => FoundFinding.InReport(finding, context.Source.Made.Before)));
    }
}

public sealed class SetIndicatorPayloadGraphType : ReportChangePayloadGraphType
{
    public SetIndicatorPayloadGraphType() : base("SetIndicatorPayload", "The figure set, and the report after it.", "indicators:postal.revenue")
    {
        Field<IndicatorValueGraphType, Scoped<IndicatorValue>>("indicator")
            .Description("The figure as it is now (in a dry run, as it would be), with the id of the report's current figure.")
            .Resolve(context => context.Source.Changed(report => report.Indicators, value => value.Code));
    }
}

public sealed class RemoveIndicatorPayloadGraphType : ReportChangePayloadGraphType
{
    public RemoveIndicatorPayloadGraphType() : base("RemoveIndicatorPayload", "The figure removed, and the report after it.", "indicators:postal.revenue")
    {
        Field<NonNullGraphType<StringGraphType>, string>("removedCode").Description("The indicator code of the figure removed.").Resolve(context => context.Source.ItemKey!);
        Field<NonNullGraphType<IdGraphType>, string>("removedId")
            .Description("The id the removed figure had (\"IndicatorValue:36-2021:postal.revenue\"), for a client to drop it from its cache.")
            .Resolve(context => GlobalId.Of("IndicatorValue", $"{ReportScope.Current(context.Source.Key)}", context.Source.ItemKey!));
    }
}

public sealed class NarrativeItemPayloadGraphType : ReportChangePayloadGraphType
{
    public NarrativeItemPayloadGraphType() : base("NarrativeItemPayload", "The task or priority added or changed, and the report after it.", "tasks:task-3.1-13")
    {
        Field<NarrativeItemGraphType, Scoped<NarrativeItem>>("item")
            .Description("The item as it is now (in a dry run, as it would be).")
            .Resolve(context => context.Source.Changed(report => context.Source.Part == ReportParts.Tasks ? report.Tasks : report.Priorities, item => item.Id));
        this.WrittenItemsField();
    }
}

public sealed class RemoveNarrativeItemPayloadGraphType : ReportChangePayloadGraphType
{
    public RemoveNarrativeItemPayloadGraphType() : base("RemoveNarrativeItemPayload", "The task or priority removed, and the report after it.", "tasks:task-3.1-13")
    {
        Field<NonNullGraphType<StringGraphType>, string>("removedKey").Description("The key within the report of the item removed (\"task-3.1-01\").").Resolve(context => context.Source.ItemKey!);
        Field<NonNullGraphType<IdGraphType>, string>("removedId")
            .Description("The id the removed item had (\"NarrativeItem:36-2021:task-3.1-01\"), for a client to drop it from its cache.")
            .Resolve(context => GlobalId.Of("NarrativeItem", $"{ReportScope.Current(context.Source.Key)}", context.Source.ItemKey!));
        this.WrittenItemsField();
    }
}

public sealed class SetRankingPayloadGraphType : ReportChangePayloadGraphType
{
    public SetRankingPayloadGraphType() : base("SetRankingPayload", "The ranking set, and the report after it.", "rankings:ict-index")
    {
        Field<RankingGraphType, Scoped<Ranking>>("ranking")
            .Description("The ranking as it is now (in a dry run, as it would be).")
            .Resolve(context => context.Source.Changed(report => report.Rankings, ranking => ranking.Index));
    }
}

public sealed class ReportPayloadGraphType : ReportChangePayloadGraphType
{
    public ReportPayloadGraphType() : base("ReportPayload", "A report created or imported (or, in a dry run, what importing it would change).", "report")
    {
    }
}

public sealed class ChangeReportPayloadGraphType : ReportChangePayloadGraphType
{
    public ChangeReportPayloadGraphType() : base("ChangeReportPayload", "The changes of a list applied as one, and the report after them: its changes list every item they touched.", "report")
    {
    }
}

/// <summary>The items a change of tasks or priorities wrote: the one it was about, and those it moved in their section.</summary>
public static class WrittenItems
{
    public static void WrittenItemsField(this ReportChangePayloadGraphType payload) =>
        payload.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NarrativeItemGraphType>>>, IEnumerable<Scoped<NarrativeItem>>>("items")
            .Description("Every item the change wrote, as it is now (in a dry run, as it would be): the item changed and those whose position it moved.")
            .Resolve(context => context.Source.Written<NarrativeItem>());
}
