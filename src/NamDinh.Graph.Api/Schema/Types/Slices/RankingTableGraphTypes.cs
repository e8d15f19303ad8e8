using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Api.Schema.Types.Slices;

public sealed class RankingIndexGraphType : ObjectGraphType<RankingIndexDefinition>
{
    public RankingIndexGraphType()
    {
        Name = "RankingIndex";
        Description = "A national index provinces are ranked in.";
        this.NodeIdField(index => index.Code, "\"RankingIndex:ict-index\": the index code");
        Field(x => x.Code);
        this.LocalizedField("name", index => index.Name, "The index's name.");
        Field(x => x.SharesPlaces).Description("Whether the index puts provinces with equal scores in one place; where it does not, two provinces claiming one place is a finding.");
    }
}

public sealed class RankingTableGraphType : ObjectGraphType<RankingTable>
{
    public RankingTableGraphType()
    {
        Name = "RankingTable";
        Description = "A national index's table as the provinces' reports of a year state it, best place first.";
        this.NodeIdField(KeyOf, "\"RankingTable:2021:ict-index:2020\": the year of the reports, the index and its edition (\"unnamed\" where the reports name none)");
        Field(x => x.Index, type: typeof(NonNullGraphType<RankingIndexGraphType>));
        Field(x => x.Year).Description("The year of the reports.");
        Field(x => x.EditionYear, nullable: true).Description("The edition of the index the reports name; null where they name none.");
        Field(x => x.Entries, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RankingEntryGraphType>>>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>, IEnumerable<FoundFinding>>("findings")
            .Description("Places claimed by more than one province in an index that gives each place once.")
            .Resolve(context => context.Source.Findings.Select(finding => FoundFinding.InRankingTables(finding, context.Source)));
    }

    /// <summary>The table's key in its id: year, index and edition ("unnamed" where the reports name none).</summary>
    public static string KeyOf(RankingTable table) =>
        $"{table.Year}:{table.Index.Code}:{table.EditionYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unnamed"}";
}

public sealed class RankingEntryGraphType : ObjectGraphType<RankingEntry>
{
    public RankingEntryGraphType()
    {
        Name = "RankingEntry";
        Description = "One province's place in a ranking table, as its report states it.";
        this.IdField(entry => $"{entry.Report}:{entry.Ranking.Index}", "\"RankingEntry:36-2021:ict-index\": the report and the index");
        this.ProvinceField(entry => entry.Report.ProvinceCode);
        Field<NonNullGraphType<IntGraphType>, int>("position").Resolve(context => context.Source.Ranking.Position);
        Field<NonNullGraphType<IntGraphType>, int>("total").Description("The number of places the report states (\"11/63\": 63).").Resolve(context => context.Source.Ranking.Total);
        Field<NonNullGraphType<IntGraphType>, int>("reportVersion").Description("The version of the report in which its rankings last changed.").Resolve(context => checked((int)context.Source.ReportVersion));
        Field(x => x.Synthetic);
        this.ReportField(entry => entry.Report, "The report that states the place.");
    }
}
