using GraphQL.Types;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class RankingGraphType : ObjectGraphType<Ranking>
{
    public RankingGraphType()
    {
        Name = "Ranking";
        Description = "A place in a national index as the report states it: \"xếp thứ 11/63\" is position 11 of 63.";
        Field(x => x.Index).Description("A stable code of the index: \"ict-index\", \"dti\", \"par-index-modernisation\", \"online-public-service-portal\", \"provincial-web-portal\".");
        this.LocalizedField("name", ranking => ranking.Name, "The index's name.");
        Field(x => x.Position);
        Field(x => x.Total);
        Field(x => x.EditionYear, nullable: true).Description("The year of the index edition, where the report names it; null where it does not.");
        Field(x => x.Source, type: typeof(SourceReferenceGraphType)).Description("The sentence of the source document the ranking comes from; null for a ranking set without one.");
    }
}
