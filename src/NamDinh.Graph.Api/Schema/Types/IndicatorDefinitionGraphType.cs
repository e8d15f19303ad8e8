using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Catalog;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class IndicatorDefinitionGraphType : ObjectGraphType<IndicatorDefinition>
{
    public IndicatorDefinitionGraphType()
    {
        Name = "IndicatorDefinition";
        Description = "What an indicator measures, from the indicator catalog.";
        this.NodeIdField(definition => definition.Code, "\"IndicatorDefinition:postal.revenue\": the indicator code");
        Field(x => x.Code).Description("A stable code, e.g. \"postal.revenue\".");
        this.LocalizedField("name", definition => definition.Name, "The indicator's name.");
        Field<NonNullGraphType<UnitDefinitionGraphType>, UnitDefinition>("unit")
            .Resolve(context => IndicatorCatalog.Default.FindUnit(context.Source.Unit)!);
        Field(x => x.Sector, type: typeof(NonNullGraphType<SectorGraphType>));
        Field(x => x.Kind, type: typeof(NonNullGraphType<IndicatorKindGraphType>));
        Field(x => x.HigherIsBetter, nullable: true).Description("Whether a higher value is better; null where it is neither.");
    }
}
