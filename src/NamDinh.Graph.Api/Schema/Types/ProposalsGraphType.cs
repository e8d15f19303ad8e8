using GraphQL.Types;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class ProposalsGraphType : ObjectGraphType<Proposals>
{
    public ProposalsGraphType()
    {
        Name = "Proposals";
        Description = "Section 5: the report's proposals to the ministry. A report may make none and say so: then items is empty and statement holds its words.";
        Field(x => x.Items, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NarrativeItemGraphType>>>));
        Field("noneProposed", x => x.NoneProposed).Description("True when the report makes no proposal.");
        this.LocalizedField("statement", proposals => proposals.Statement, "What the report says of its proposals, e.g. \"Không có đề xuất giải pháp.\"");
    }
}
