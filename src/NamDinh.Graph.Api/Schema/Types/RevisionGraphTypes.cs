using GraphQL.Types;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class RevisionGraphType : ObjectGraphType<Revision>
{
    public RevisionGraphType()
    {
        Name = "Revision";
        Description = "An accepted change of a report. Version 1 is the report's creation.";
        Field<NonNullGraphType<IntGraphType>, int>("version").Description("The report version the change made.").Resolve(context => checked((int)context.Source.Version));
        Field(x => x.At, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("When the change was stored.");
        Field(x => x.By).Description("Who made the change.");
        Field(x => x.Reason, nullable: true).Description("Why, in the words of who made it.");
        Field(x => x.Operation).Description("The mutation that made it (setIndicator, importReport, …; seed for a report loaded from its source document).");
        Field("changes", x => x.Entries, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RevisionEntryGraphType>>>)).Description("What the change touched, with old and new values.");
    }
}

public sealed class RevisionEntryGraphType : ObjectGraphType<RevisionEntry>
{
    public RevisionEntryGraphType()
    {
        Name = "RevisionEntry";
        Description = "One part of a report a change touched: which part, which item, its value before and after.";
        Field(x => x.Part).Description("The part of the report: document, rankings, indicators, tasks, shortcomings, causes, proposals, priorities, remarks or synthetic.");
        Field(x => x.Key).Description("The item in that part: an indicator code, an item id, a ranking index (the part's name for a part of one value).");
        Field(x => x.OldValue, nullable: true).Description("The value before, as JSON in the shape of the report files; null where the item did not exist.");
        Field(x => x.NewValue, nullable: true).Description("The value after, as JSON; null where the change removed the item.");
        Field<IndicatorValueGraphType, IndicatorValue>("oldIndicator")
            .Description("For a change of a figure: the figure before.")
            .Resolve(context => context.Source.Part == "indicators" ? ReportDiff.Read<IndicatorValue>(context.Source.OldValue) : null);
        Field<IndicatorValueGraphType, IndicatorValue>("newIndicator")
            .Description("For a change of a figure: the figure after.")
            .Resolve(context => context.Source.Part == "indicators" ? ReportDiff.Read<IndicatorValue>(context.Source.NewValue) : null);
    }
}

/// <summary>A page of revisions, newest first, with the cursor to ask for the next.</summary>
public sealed record RevisionConnection(IReadOnlyList<Revision> Nodes, bool HasNextPage, int TotalCount)
{
    public static string CursorOf(Revision revision) => revision.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public PageInfo PageInfo => new(HasNextPage, HasPreviousPage: false, Nodes.Count == 0 ? null : CursorOf(Nodes[0]), Nodes.Count == 0 ? null : CursorOf(Nodes[^1]));
}

public sealed class RevisionConnectionGraphType : ObjectGraphType<RevisionConnection>
{
    public RevisionConnectionGraphType()
    {
        Name = "RevisionConnection";
        Description = "Revisions newest first, in pages (Relay cursor connection).";
        Field(x => x.Nodes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RevisionGraphType>>>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevisionEdgeGraphType>>>, IEnumerable<Revision>>("edges").Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<PageInfoGraphType>, PageInfo>("pageInfo").Resolve(context => context.Source.PageInfo);
        Field(x => x.TotalCount).Description("How many revisions the report has.");
    }
}

public sealed class RevisionEdgeGraphType : ObjectGraphType<Revision>
{
    public RevisionEdgeGraphType()
    {
        Name = "RevisionEdge";
        Field<NonNullGraphType<StringGraphType>, string>("cursor").Resolve(context => RevisionConnection.CursorOf(context.Source));
        Field<NonNullGraphType<RevisionGraphType>, Revision>("node").Resolve(context => context.Source);
    }
}

public sealed class IndicatorRevisionGraphType : ObjectGraphType<Revision>
{
    public IndicatorRevisionGraphType()
    {
        Name = "IndicatorRevision";
        Description = "A revision that changed one figure, with the figure before and after.";
        Field<NonNullGraphType<IntGraphType>, int>("version").Resolve(context => checked((int)context.Source.Version));
        Field(x => x.At, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>));
        Field(x => x.By);
        Field(x => x.Reason, nullable: true);
        Field(x => x.Operation);
        Field<IndicatorValueGraphType, IndicatorValue>("oldValue").Description("The figure before; null where it did not exist.")
            .Resolve(context => ReportDiff.Read<IndicatorValue>(context.Source.Entries.Single(entry => entry.Part == "indicators").OldValue));
        Field<IndicatorValueGraphType, IndicatorValue>("newValue").Description("The figure after; null where the revision removed it.")
            .Resolve(context => ReportDiff.Read<IndicatorValue>(context.Source.Entries.Single(entry => entry.Part == "indicators").NewValue));
    }
}
