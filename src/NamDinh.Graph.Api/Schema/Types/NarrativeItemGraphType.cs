using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class NarrativeItemGraphType : ObjectGraphType<Scoped<NarrativeItem>>
{
    public NarrativeItemGraphType()
    {
        Name = "NarrativeItem";
        Description = "A task done, a shortcoming, a cause, a proposal, a priority or a remark: one bullet or paragraph of the report.";
        this.NodeIdField(item => $"{item.Scope}:{item.Item.Id}", "\"NarrativeItem:36-2021:task-3.1-01\": the report as read and the item's key");
        Field("key", x => x.Item.Id).Description("The item's key within its report, e.g. \"task-3.1-01\": stable while the item lasts, and what the report files and the update and remove mutations name it by.");
        Field("sector", x => x.Item.Sector, type: typeof(NonNullGraphType<SectorGraphType>));
        Field("section", x => x.Item.Section).Description("The section of the report, e.g. \"3.1\".");
        Field("position", x => x.Item.Position).Description("The item's place in its section, from 1.");
        this.LocalizedField("text", item => item.Item.Text, "The item's text, word for word.");
    }
}
