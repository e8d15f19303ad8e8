using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Mutations;
using NamDinh.Graph.Api.Schema.Types;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Payloads;

/// <summary>The fields every change payload has: the report after it, its version, what changed and the findings.</summary>
public abstract class ReportChangePayloadGraphType : ObjectGraphType<ChangeOutcome>
{
    protected ReportChangePayloadGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<BooleanGraphType>, bool>("applied")
            .Description("True when the change was stored as a new version; false for a dry run or a change that changed nothing.")
            .Resolve(context => context.Source.Result.Status == EditStatus.Applied);
        Field<NonNullGraphType<IntGraphType>, int>("version")
            .Description("The report's version now.")
            .Resolve(context => checked((int)context.Source.Result.CurrentVersion));
        Field<ReportGraphType, Report>("report")
            .Description("The report as it is now.")
            .Resolve(context => context.Source.Result.Report);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevisionEntryGraphType>>>, IEnumerable<RevisionEntry>>("changes")
            .Description("What the change touched (or would touch, in a dry run), with old and new values.")
            .Resolve(context => context.Source.Result.Changes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>, IEnumerable<Finding>>("findingsRaised")
            .Description("Findings the change brought about.")
            .Resolve(context => context.Source.Result.FindingsRaised);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>, IEnumerable<Finding>>("findingsCleared")
            .Description("Findings the change resolved.")
            .Resolve(context => context.Source.Result.FindingsCleared);
    }
}

public sealed class SetIndicatorPayloadGraphType : ReportChangePayloadGraphType
{
    public SetIndicatorPayloadGraphType() : base("SetIndicatorPayload", "The figure set, and the report after it.")
    {
        Field<IndicatorValueGraphType, IndicatorValue>("indicator")
            .Resolve(context => context.Source.Changed(report => report.Indicators, value => value.Code));
    }
}

public sealed class RemoveIndicatorPayloadGraphType : ReportChangePayloadGraphType
{
    public RemoveIndicatorPayloadGraphType() : base("RemoveIndicatorPayload", "The figure removed, and the report after it.")
    {
        Field<NonNullGraphType<StringGraphType>, string>("removedCode").Resolve(context => context.Source.Key!);
    }
}

public sealed class NarrativeItemPayloadGraphType : ReportChangePayloadGraphType
{
    public NarrativeItemPayloadGraphType() : base("NarrativeItemPayload", "The task or priority added or changed, and the report after it.")
    {
        Field<NarrativeItemGraphType, NarrativeItem>("item")
            .Resolve(context => context.Source.Changed(report => context.Source.Part == "tasks" ? report.Tasks : report.Priorities, item => item.Id));
    }
}

public sealed class RemoveNarrativeItemPayloadGraphType : ReportChangePayloadGraphType
{
    public RemoveNarrativeItemPayloadGraphType() : base("RemoveNarrativeItemPayload", "The task or priority removed, and the report after it.")
    {
        Field<NonNullGraphType<IdGraphType>, string>("removedId").Resolve(context => context.Source.Key!);
    }
}

public sealed class SetRankingPayloadGraphType : ReportChangePayloadGraphType
{
    public SetRankingPayloadGraphType() : base("SetRankingPayload", "The ranking set, and the report after it.")
    {
        Field<RankingGraphType, Ranking>("ranking")
            .Resolve(context => context.Source.Changed(report => report.Rankings, ranking => ranking.Index));
    }
}

public sealed class ReportPayloadGraphType : ReportChangePayloadGraphType
{
    public ReportPayloadGraphType() : base("ReportPayload", "A report created or imported (or, in a dry run, what importing it would change).")
    {
    }
}
