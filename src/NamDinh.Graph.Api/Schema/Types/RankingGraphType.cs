using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class RankingGraphType : ObjectGraphType<Scoped<Ranking>>
{
    public RankingGraphType()
    {
        Name = "Ranking";
        Description = "A place in a national index as the report states it: \"xếp thứ 11/63\" is position 11 of 63.";
        this.NodeIdField(ranking => $"{ranking.Scope}:{ranking.Item.Index}", "\"Ranking:36-2021:ict-index\": the report as read and the index");
        Field("index", x => x.Item.Index).Description("A stable code of the index: \"ict-index\", \"dti\", \"par-index-modernisation\", \"online-public-service-portal\", \"provincial-web-portal\".");
        this.LocalizedField("name", ranking => ranking.Item.Name, "The index's name.");
        Field("position", x => x.Item.Position);
        Field("total", x => x.Item.Total);
        Field("editionYear", x => x.Item.EditionYear, nullable: true).Description("The year of the index edition, where the report names it; null where it does not.");
        Field("source", x => x.Item.Source, type: typeof(SourceReferenceGraphType)).Description("The sentence of the source document the ranking comes from; null for a ranking set without one.");
    }
}
