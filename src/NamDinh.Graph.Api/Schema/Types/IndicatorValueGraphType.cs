using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Scalars;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class IndicatorValueGraphType : ObjectGraphType<IndicatorValue>
{
    public IndicatorValueGraphType()
    {
        Name = "IndicatorValue";
        Description = "One figure of a report: the number as written with its unit and multiplier (\"130 tỷ đồng\" is 130 × 10^9 VND), its status, qualifier, period, stated comparisons and source.";
        Field(x => x.Code).Description("The indicator's code in the catalog.");
        Field<NonNullGraphType<IndicatorDefinitionGraphType>, IndicatorDefinition>("definition")
            .Description("What the indicator measures.")
            .Resolve(context => Definition(context.Source));
        Field<NonNullGraphType<SectorGraphType>, Sector>("sector")
            .Resolve(context => Definition(context.Source).Sector);
        Field(x => x.Value, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Description("The number as written, before the multiplier: 130 for \"130 tỷ đồng\".");
        Field(x => x.Multiplier, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Description("What the written number is multiplied by: 1000000000 for \"tỷ\", 1000000 for \"triệu\", else 1.");
        Field(x => x.BaseValue, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Description("value × multiplier, in the unit itself.");
        Field<NonNullGraphType<UnitDefinitionGraphType>, UnitDefinition>("unit")
            .Resolve(context => IndicatorCatalog.Default.FindUnit(context.Source.Unit)!);
        Field(x => x.ValueAsWritten).Description("The figure exactly as the report writes it, e.g. \"1.150 tỷ đồng\".");
        Field(x => x.Status, type: typeof(NonNullGraphType<ValueStatusGraphType>));
        Field(x => x.Qualifier, type: typeof(NonNullGraphType<QualifierGraphType>));
        Field(x => x.QualifierAsWritten, nullable: true).Description("The qualifying words as written (\"hơn\", \"khoảng gần\"), null for an exact figure.");
        Field(x => x.Period, type: typeof(NonNullGraphType<ReportPeriodGraphType>));
        Field(x => x.Comparisons, type: typeof(NonNullGraphType<StatedComparisonsGraphType>));
        Field(x => x.Source, type: typeof(SourceReferenceGraphType)).Description("The sentence of the source document the figure comes from; null for a figure entered without one.");
        Field(x => x.PlanValue, type: typeof(ExactDecimalGraphType)).Description("The year's plan figure, in the same unit and multiplier as value, where one is known.");
    }

    private static IndicatorDefinition Definition(IndicatorValue value) =>
        IndicatorCatalog.Default.Find(value.Code)
        ?? throw new InvalidOperationException($"Indicator '{value.Code}' is not in the catalog.");
}
