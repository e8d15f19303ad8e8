using GraphQL.Types;
using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Api.Schema.Enums;
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
        Field<NonNullGraphType<StringGraphType>, string>("cursor")
            .Description("Where to resume from after this change: pass it to changes(after:) to get only what follows.")
            .Resolve(context => context.Source.Cursor.ToString());
        Field<NonNullGraphType<ProvinceGraphType>, Province>("province").Resolve(context => ProvinceDirectory.Default.FindByCode(context.Source.Key.ProvinceCode)!);
        Field<NonNullGraphType<IntGraphType>, int>("year").Resolve(context => context.Source.Key.Year);
        Field<NonNullGraphType<IntGraphType>, int>("version").Description("The report version the change made; versions count changes one by one, so a gap shows a missed change.").Resolve(context => checked((int)context.Source.Revision.Version));
        Field<NonNullGraphType<DateTimeOffsetGraphType>, DateTimeOffset>("at").Resolve(context => context.Source.Revision.At);
        Field<NonNullGraphType<StringGraphType>, string>("by").Resolve(context => context.Source.Revision.By);
        Field<StringGraphType, string>("reason").Resolve(context => context.Source.Revision.Reason);
        Field<NonNullGraphType<StringGraphType>, string>("operation").Resolve(context => context.Source.Revision.Operation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevisionEntryGraphType>>>, IEnumerable<RevisionEntry>>("changes")
            .Description("What the change touched, with old and new values.")
            .Resolve(context => context.Source.Revision.Entries);
    }
}

public sealed class IndicatorChangeEventGraphType : ObjectGraphType<IndicatorChange>
{
    public IndicatorChangeEventGraphType()
    {
        Name = "IndicatorChangeEvent";
        Description = "One figure changed by an accepted change, with the figure before and after.";
        Field<NonNullGraphType<StringGraphType>, string>("cursor")
            .Description("Where to resume from after the change this figure belongs to.")
            .Resolve(context => context.Source.Change.Cursor.ToString());
        Field<NonNullGraphType<ProvinceGraphType>, Province>("province").Resolve(context => ProvinceDirectory.Default.FindByCode(context.Source.Change.Key.ProvinceCode)!);
        Field<NonNullGraphType<IntGraphType>, int>("year").Resolve(context => context.Source.Change.Key.Year);
        Field<NonNullGraphType<IntGraphType>, int>("version").Resolve(context => checked((int)context.Source.Change.Revision.Version));
        Field<NonNullGraphType<DateTimeOffsetGraphType>, DateTimeOffset>("at").Resolve(context => context.Source.Change.Revision.At);
        Field<NonNullGraphType<StringGraphType>, string>("by").Resolve(context => context.Source.Change.Revision.By);
        Field<StringGraphType, string>("reason").Resolve(context => context.Source.Change.Revision.Reason);
        Field<NonNullGraphType<StringGraphType>, string>("operation").Resolve(context => context.Source.Change.Revision.Operation);
        Field<NonNullGraphType<StringGraphType>, string>("code").Resolve(context => context.Source.Code);
        Field<SectorGraphType, Sector?>("sector").Resolve(context => context.Source.Sector);
        Field<IndicatorValueGraphType, IndicatorValue>("oldValue").Description("The figure before; null where the change added it.")
            .Resolve(context => ReportDiff.Read<IndicatorValue>(context.Source.Entry.OldValue));
        Field<IndicatorValueGraphType, IndicatorValue>("newValue").Description("The figure after; null where the change removed it.")
            .Resolve(context => ReportDiff.Read<IndicatorValue>(context.Source.Entry.NewValue));
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
