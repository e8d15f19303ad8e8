using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class NarrativeItemGraphType : ObjectGraphType<NarrativeItem>
{
    public NarrativeItemGraphType()
    {
        Name = "NarrativeItem";
        Description = "A task done, a shortcoming, a cause, a proposal, a priority or a remark: one bullet or paragraph of the report.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Stable within its report, e.g. \"task-3.1-01\".");
        Field(x => x.Sector, type: typeof(NonNullGraphType<SectorGraphType>));
        Field(x => x.Section).Description("The section of the report, e.g. \"3.1\".");
        Field(x => x.Position).Description("The item's place in its section, from 1.");
        this.LocalizedField("text", item => item.Text, "The item's text, word for word.");
    }
}
