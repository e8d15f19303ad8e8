using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Catalog;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class UnitDefinitionGraphType : ObjectGraphType<UnitDefinition>
{
    public UnitDefinitionGraphType()
    {
        Name = "Unit";
        Description = "A unit figures are counted in.";
        this.NodeIdField(unit => unit.Code, "\"Unit:VND\": the unit code");
        Field(x => x.Code).Description("A stable code: \"VND\", \"subscriber\", \"percent\", …");
        this.LocalizedField("name", unit => unit.Name, "The unit's name.");
    }
}
