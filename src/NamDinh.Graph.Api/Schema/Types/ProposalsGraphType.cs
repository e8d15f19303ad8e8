using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class ProposalsGraphType : ObjectGraphType<Scoped<Proposals>>
{
    public ProposalsGraphType()
    {
        Name = "Proposals";
        Description = "Section 5: the report's proposals to the ministry. A report may make none and say so: then items is empty and statement holds its words.";
        this.EmbeddedIdField("\"Report:36-2021/proposals\"");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NarrativeItemGraphType>>>, IEnumerable<Scoped<NarrativeItem>>>("items")
            .Resolve(context => context.Source.Scope.OfEach(context.Source.Item.Items));
        Field("noneProposed", x => x.Item.NoneProposed).Description("True when the report makes no proposal.");
        this.LocalizedField("statement", proposals => proposals.Item.Statement, "What the report says of its proposals, e.g. \"Không có đề xuất giải pháp.\"");
    }
}
