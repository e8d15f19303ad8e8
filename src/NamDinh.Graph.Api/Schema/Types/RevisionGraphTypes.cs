using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

/// <summary>A revision of a report: the domain's revision does not hold which report it is of.</summary>
public sealed record ReportRevision(ReportKey Key, Revision Revision)
{
    /// <summary>The state of the report the revision made: each of its changes is read as of it.</summary>
    public ReportScope Made => ReportScope.AtVersion(Key, Revision.Version);
}

/// <summary>A revision that changed one figure of a report, and that figure's change in it.</summary>
public sealed record FigureRevision(ReportKey Key, Revision Revision, RevisionEntry Entry);

public sealed class RevisionGraphType : ObjectGraphType<ReportRevision>
{
    public RevisionGraphType()
    {
        Name = "Revision";
        Description = "An accepted change of a report. Version 1 is the report's creation.";
        this.NodeIdField(revision => $"{revision.Key}:{revision.Revision.Version}", "\"Revision:36-2021:5\": the report and the version the change made");
        Field<NonNullGraphType<IntGraphType>, int>("version").Description("The report version the change made.").Resolve(context => checked((int)context.Source.Revision.Version));
        Field("at", x => x.Revision.At, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("When the change was stored.");
        Field("by", x => x.Revision.By).Description("Who made the change.");
        Field("reason", x => x.Revision.Reason, nullable: true).Description("Why, in the words of who made it.");
        Field("operation", x => x.Revision.Operation).Description("The mutation that made it (setIndicator, importReport, …; seed for a report loaded from its source document).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevisionEntryGraphType>>>, IEnumerable<Scoped<RevisionEntry>>>("changes")
            .Description("What the change touched, with old and new values.")
            .Resolve(context => context.Source.Made.OfEach(context.Source.Revision.Entries));
    }
}

public sealed class RevisionEntryGraphType : ObjectGraphType<Scoped<RevisionEntry>>
{
    public RevisionEntryGraphType()
    {
        Name = "RevisionEntry";
        Description = "One part of a report a change touched: which part, which item, its value before and after.";
        this.IdField(entry => $"{entry.Scope}:{entry.Item.Part}:{entry.Item.Key}",
            "\"RevisionEntry:36-2021@5:indicators:postal.revenue\": the report as the change left it (a dry run's preview is never stored), the part and the item");
        Field("part", x => x.Item.Part).Description("The part of the report: document, rankings, indicators, tasks, shortcomings, causes, proposals, priorities, remarks or synthetic.");
        Field("key", x => x.Item.Key).Description("The item in that part: an indicator code, an item key, a ranking index (the part's name for a part of one value).");
        Field("oldValue", x => x.Item.OldValue, nullable: true).Description("The value before, as JSON in the shape of the report files; null where the item did not exist.");
        Field("newValue", x => x.Item.NewValue, nullable: true).Description("The value after, as JSON; null where the change removed the item.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("fields")
            .Description("The item's fields the change changed, named as in the report files (\"value\", \"comparisons.change\", \"text.enTranslation\"); empty for an item added or removed.")
            .Resolve(context => ChangedFields.Of(context.Source.Item));
        Field<IndicatorValueGraphType, Scoped<IndicatorValue>>("oldIndicator")
            .Description("For a change of a figure: the figure before, as the report held it at the version before the change.")
            .Resolve(context => FigureBefore(context.Source));
        Field<IndicatorValueGraphType, Scoped<IndicatorValue>>("newIndicator")
            .Description("For a change of a figure: the figure after, as the report held it at the version the change made.")
            .Resolve(context => FigureAfter(context.Source));
    }

    public static Scoped<IndicatorValue>? FigureBefore(Scoped<RevisionEntry> entry) => FigureIn(entry.Item.Part, entry.Item.OldValue, entry.Scope.Before);

    public static Scoped<IndicatorValue>? FigureAfter(Scoped<RevisionEntry> entry) => FigureIn(entry.Item.Part, entry.Item.NewValue, entry.Scope);

    private static Scoped<IndicatorValue>? FigureIn(string part, string? json, ReportScope scope) =>
        part == ReportParts.Indicators && ReportDiff.Read<IndicatorValue>(json) is { } figure ? scope.Of(figure) : null;
}

/// <summary>A page of revisions, newest first, with the cursor to ask for the next.</summary>
public sealed record RevisionConnection(ReportKey Key, IReadOnlyList<Revision> Revisions, bool HasNextPage, int TotalCount)
{
    public static string CursorOf(ReportRevision revision) => revision.Revision.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IEnumerable<ReportRevision> Nodes => Revisions.Select(revision => new ReportRevision(Key, revision));

    public PageInfo PageInfo => new(
        HasNextPage,
        HasPreviousPage: false,
        Revisions.Count == 0 ? null : CursorOf(new(Key, Revisions[0])),
        Revisions.Count == 0 ? null : CursorOf(new(Key, Revisions[^1])));
}

public sealed class RevisionConnectionGraphType : ObjectGraphType<RevisionConnection>
{
    public RevisionConnectionGraphType()
    {
        Name = "RevisionConnection";
        Description = "Revisions newest first, in pages (Relay cursor connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevisionGraphType>>>, IEnumerable<ReportRevision>>("nodes").Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevisionEdgeGraphType>>>, IEnumerable<ReportRevision>>("edges").Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<PageInfoGraphType>, PageInfo>("pageInfo").Resolve(context => context.Source.PageInfo);
        Field(x => x.TotalCount).Description("How many revisions the report has.");
    }
}

public sealed class RevisionEdgeGraphType : ObjectGraphType<ReportRevision>
{
    public RevisionEdgeGraphType()
    {
        Name = "RevisionEdge";
        Field<NonNullGraphType<StringGraphType>, string>("cursor").Resolve(context => RevisionConnection.CursorOf(context.Source));
        Field<NonNullGraphType<RevisionGraphType>, ReportRevision>("node").Resolve(context => context.Source);
    }
}

public sealed class IndicatorRevisionGraphType : ObjectGraphType<FigureRevision>
{
    public IndicatorRevisionGraphType()
    {
        Name = "IndicatorRevision";
        Description = "A revision that changed one figure, with the figure before and after.";
        this.IdField(revision => $"{revision.Key}:{revision.Revision.Version}:{revision.Entry.Key}", "\"IndicatorRevision:36-2021:5:postal.revenue\": the report, the version and the indicator code");
        Field<NonNullGraphType<IntGraphType>, int>("version").Resolve(context => checked((int)context.Source.Revision.Version));
        Field("at", x => x.Revision.At, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>));
        Field("by", x => x.Revision.By);
        Field("reason", x => x.Revision.Reason, nullable: true);
        Field("operation", x => x.Revision.Operation);
        Field<IndicatorValueGraphType, Scoped<IndicatorValue>>("oldValue").Description("The figure before; null where it did not exist.")
            .Resolve(context => RevisionEntryGraphType.FigureBefore(Entry(context.Source)));
        Field<IndicatorValueGraphType, Scoped<IndicatorValue>>("newValue").Description("The figure after; null where the revision removed it.")
            .Resolve(context => RevisionEntryGraphType.FigureAfter(Entry(context.Source)));
    }

    private static Scoped<RevisionEntry> Entry(FigureRevision revision) => ReportScope.AtVersion(revision.Key, revision.Revision.Version).Of(revision.Entry);
}
