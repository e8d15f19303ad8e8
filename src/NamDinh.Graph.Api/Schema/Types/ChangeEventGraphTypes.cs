using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Api.Loading;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class ReportChangeEventGraphType : ObjectGraphType<ReportChange>
{
    public ReportChangeEventGraphType()
    {
        Name = "ReportChangeEvent";
        Description = "An accepted change of a report, as partners receive it live or catch up on it.";
        this.IdField(change => $"{change.Cursor}", "\"ReportChangeEvent:36-2021:5\": the change's cursor, the report and the version it made");
        this.AddChangeFields(change => change);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevisionEntryGraphType>>>, IEnumerable<Scoped<RevisionEntry>>>("changes")
            .Description("What the change touched, with old and new values.")
            .Resolve(context => new ReportRevision(context.Source.Key, context.Source.Revision).Made.OfEach(context.Source.Revision.Entries));
    }
}

public sealed class IndicatorChangeEventGraphType : ObjectGraphType<IndicatorChange>
{
    public IndicatorChangeEventGraphType()
    {
        Name = "IndicatorChangeEvent";
        Description = "One figure changed by an accepted change, with the figure before and after.";
        this.IdField(figure => $"{figure.Change.Cursor}:{figure.Code}", "\"IndicatorChangeEvent:36-2021:5:postal.revenue\": the change's cursor and the indicator code");
        this.AddChangeFields(figure => figure.Change);
        Field<NonNullGraphType<StringGraphType>, string>("code").Resolve(context => context.Source.Code);
        Field<SectorGraphType, Sector?>("sector").Resolve(context => context.Source.Sector);
        Field<IndicatorValueGraphType, Scoped<IndicatorValue>>("figure")
            .Description("The figure as the change left it, with the id of the report's current figure (\"IndicatorValue:36-2021:postal.revenue\"), so that a client's cache updates what it shows; null where the change removed it.")
            .Resolve(context => ReportDiff.Read<IndicatorValue>(context.Source.Entry.NewValue) is { } figure ? ReportScope.Current(context.Source.Change.Key).Of(figure) : null);
        Field<IndicatorValueGraphType, Scoped<IndicatorValue>>("oldValue").Description("The figure before, as the report held it at the version before; null where the change added it.")
            .Resolve(context => RevisionEntryGraphType.FigureBefore(Entry(context.Source)));
        Field<IndicatorValueGraphType, Scoped<IndicatorValue>>("newValue").Description("The figure after, as the report held it at the version the change made; null where the change removed it.")
            .Resolve(context => RevisionEntryGraphType.FigureAfter(Entry(context.Source)));
    }

    private static Scoped<RevisionEntry> Entry(IndicatorChange figure) => new ReportRevision(figure.Change.Key, figure.Change.Revision).Made.Of(figure.Entry);
}

/// <summary>The fields every change event has: where to resume, which report, which version, when, by whom, why, how.</summary>
public static class ChangeEventFields
{
    /// <summary>The fields of a report an event holds itself: asking for no other reads no report.</summary>
    private static readonly HashSet<string> FieldsTheEventHolds = [IdFields.Name, "key", "version", "year", "province", "__typename"];

    public static void AddChangeFields<TSource>(this ObjectGraphType<TSource> type, Func<TSource, ReportChange> changeOf)
    {
        type.Field<NonNullGraphType<StringGraphType>, string>("cursor")
            .Description("Where to resume from after this change: pass it to changes(after:) to get only what follows.")
            .Resolve(context => changeOf(context.Source).Cursor.ToString());
        type.Field<NonNullGraphType<ProvinceGraphType>, Province>("province").Resolve(context => ProvinceDirectory.Default.FindByCode(changeOf(context.Source).Key.ProvinceCode)!);
        type.Field<NonNullGraphType<IntGraphType>, int>("year").Resolve(context => changeOf(context.Source).Key.Year);
        type.Field<NonNullGraphType<IntGraphType>, int>("version")
            .Description("The report version the change made; versions count changes one by one, so a gap shows a missed change.")
            .Resolve(context => checked((int)changeOf(context.Source).Revision.Version));
        type.Field<NonNullGraphType<DateTimeOffsetGraphType>, DateTimeOffset>("at").Resolve(context => changeOf(context.Source).Revision.At);
        type.Field<NonNullGraphType<StringGraphType>, string>("by").Resolve(context => changeOf(context.Source).Revision.By);
        type.Field<StringGraphType, string>("reason").Resolve(context => changeOf(context.Source).Revision.Reason);
        type.Field<NonNullGraphType<StringGraphType>, string>("operation").Resolve(context => changeOf(context.Source).Revision.Operation);
        type.Field<NonNullGraphType<ReportGraphType>, Scoped<Report>>("report")
            .Description("The report, with the id of the current report (\"Report:36-2021\"), so that a client's cache learns its new version. In a subscription, the report as the change left it: its id and version come with the event, and asking for more reads the report as it is when the event is sent. Read with changes(after:), the report as it is now.")
            .Resolve()
            .WithService<IGrainFactory>()
            .ResolveAsync(async (context, grains) => ReportScope.Current(changeOf(context.Source).Key).Of(await ReportAfterAsync(context, grains, changeOf(context.Source))));
    }

    /// <summary>
    /// The report a change event names. An event sent live holds the report's new version, enough for a client that
    /// asks no more, with no grain call for each subscriber; a query reads the current report through its loader.
    /// </summary>
    private static async Task<Report> ReportAfterAsync(IResolveFieldContext context, IGrainFactory grains, ReportChange change)
    {
        var asOfTheEvent = Report.Empty(change.Key) with { Version = change.Revision.Version };
        if (context.Operation.Operation != GraphQLParser.AST.OperationType.Subscription)
            return await GrainLoaders.Of(context).Reports.LoadAsync(change.Key, context.CancellationToken) ?? asOfTheEvent;
        var asked = context.SubFields?.Values.Select(field => field.Field.Name.StringValue) ?? [];
        return asked.All(FieldsTheEventHolds.Contains)
            ? asOfTheEvent
            : await grains.GetReportGrain(change.Key).GetAsync() ?? asOfTheEvent;
    }
}

public sealed class ChangeFilterInputGraphType : InputObjectGraphType<ChangeFilterInput>
{
    public ChangeFilterInputGraphType()
    {
        Name = "ChangeFilter";
        Description = "Which changes to follow; leave a field out to follow more.";
        Field(x => x.Province, nullable: true).Description("A province's slug or statistical code.");
        Field(x => x.Year, nullable: true);
        Field(x => x.Sector, type: typeof(SectorGraphType)).Description("Only changes of this sector's figures.");
        Field(x => x.Code, nullable: true).Description("Only changes of this indicator's figure.");
    }
}

public sealed class ChangeFilterInput
{
    public string? Province { get; init; }
    public int? Year { get; init; }
    public Sector? Sector { get; init; }
    public string? Code { get; init; }
}
