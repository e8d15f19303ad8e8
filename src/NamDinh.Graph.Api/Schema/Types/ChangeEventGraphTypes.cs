using GraphQL.Types;
using NamDinh.Graph.Api.Changes;
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
