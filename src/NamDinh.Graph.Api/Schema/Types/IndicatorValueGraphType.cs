using GraphQL;
using GraphQL.Types;
using NamDinh.Graph.Api.Loading;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Api.Schema.Scalars;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class IndicatorValueGraphType : ObjectGraphType<Scoped<IndicatorValue>>
{
    public IndicatorValueGraphType()
    {
        Name = "IndicatorValue";
        Description = "One figure of a report: the number as written with its unit and multiplier (\"130 tỷ đồng\" is 130 × 10^9 VND), its status, qualifier, period, stated comparisons and source.";
        this.NodeIdField(figure => $"{figure.Scope}:{figure.Item.Code}",
            "\"IndicatorValue:36-2021:postal.revenue\": the report as read (\"36-2021@3\" as of version 3) and the indicator code");
        Field("code", x => x.Item.Code).Description("The indicator's code in the catalog.");
        Field<NonNullGraphType<IndicatorDefinitionGraphType>, IndicatorDefinition>("definition")
            .Description("What the indicator measures.")
            .Resolve(context => Definition(context.Source.Item));
        Field<NonNullGraphType<SectorGraphType>, Sector>("sector")
            .Resolve(context => Definition(context.Source.Item).Sector);
        Field("value", x => x.Item.Value, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Description("The number as written, before the multiplier: 130 for \"130 tỷ đồng\".");
        Field("multiplier", x => x.Item.Multiplier, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Description("What the written number is multiplied by: 1000000000 for \"tỷ\", 1000000 for \"triệu\", else 1.");
        Field("baseValue", x => x.Item.BaseValue, type: typeof(ExactDecimalGraphType))
            .Description("value × multiplier, in the unit itself. Null only for a figure stored before such figures were refused, whose product is beyond what a decimal holds (its report has a VALUE_BEYOND_RANGE finding).");
        Field<NonNullGraphType<UnitDefinitionGraphType>, UnitDefinition>("unit")
            .Resolve(context => IndicatorCatalog.Default.FindUnit(context.Source.Item.Unit)!);
        Field("valueAsWritten", x => x.Item.ValueAsWritten).Description("The figure exactly as the report writes it, e.g. \"1.150 tỷ đồng\". A change of the value alone leaves it as the report wrote it (sourceStatesAnotherValue then says so).");
        Field("status", x => x.Item.Status, type: typeof(NonNullGraphType<ValueStatusGraphType>));
        Field("qualifier", x => x.Item.Qualifier, type: typeof(NonNullGraphType<QualifierGraphType>));
        Field("qualifierAsWritten", x => x.Item.QualifierAsWritten, nullable: true).Description("The qualifying words as written (\"hơn\", \"khoảng gần\"), null for an exact figure.");
        Field("period", x => x.Item.Period, type: typeof(NonNullGraphType<ReportPeriodGraphType>));
        Field("comparisons", x => x.Item.Comparisons, type: typeof(NonNullGraphType<StatedComparisonsGraphType>));
        Field<SourceReferenceGraphType>("source")
            .Description("The sentence of the source document the figure comes from; null for a figure entered without one. A figure of a slice across provinces reads it from its report.")
            .Resolve(context => FromReport(context, figure => figure?.Source));
        Field<NonNullGraphType<BooleanGraphType>>("sourceStatesAnotherValue")
            .Description("True once the value was changed away from what the source sentence states (source.statedBaseValue tells what it states): the sentence is still where the figure came from, but no longer its value.")
            .Resolve(context => FromReport(context, figure => figure?.SourceStatesAnotherValue ?? false));
        Field("planValue", x => x.Item.PlanValue, type: typeof(ExactDecimalGraphType)).Description("The year's plan figure, in the same unit and multiplier as value, where one is known.");
    }

    /// <summary>What the figure's report says of it: a figure of a slice across provinces reads it from its report.</summary>
    private static object? FromReport<T>(IResolveFieldContext<Scoped<IndicatorValue>> context, Func<IndicatorValue?, T> read) =>
        context.Source is SliceFigure slice
            ? GrainLoaders.Of(context).Reports.Load(slice.Report).Map(report => read(report?.Indicators.FirstOrDefault(figure => figure.Code == slice.Item.Code)))
            : read(context.Source.Item);

    private static IndicatorDefinition Definition(IndicatorValue value) =>
        IndicatorCatalog.Default.Find(value.Code)
        ?? throw new InvalidOperationException($"Indicator '{value.Code}' is not in the catalog.");
}
