using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Scalars;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Api.Schema.Types.Slices;

/// <summary>One province's indicator over the years.</summary>
public sealed record IndicatorSeries(string ProvinceCode, IndicatorDefinition Definition, IReadOnlyList<SeriesPoint> Points);

public sealed class IndicatorSeriesGraphType : ObjectGraphType<IndicatorSeries>
{
    public IndicatorSeriesGraphType()
    {
        Name = "IndicatorSeries";
        Description = "One province's indicator over the years it has reports for.";
        this.ProvinceField(series => series.ProvinceCode);
        Field<NonNullGraphType<StringGraphType>, string>("code").Resolve(context => context.Source.Definition.Code);
        Field<NonNullGraphType<IndicatorDefinitionGraphType>, IndicatorDefinition>("indicator").Resolve(context => context.Source.Definition);
        Field(x => x.Points, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SeriesPointGraphType>>>)).Description("One per year the province has a report for, oldest first.");
    }
}

public sealed class SeriesPointGraphType : ObjectGraphType<SeriesPoint>
{
    public SeriesPointGraphType()
    {
        Name = "SeriesPoint";
        Description = "One year of a series: the figure, the change on the year before computed from the stored figures, and the change the report states.";
        Field(x => x.Year);
        Field(x => x.Figure, type: typeof(ProvinceFigureGraphType)).Description("The figure the year's report states; null where it states none.");
        Field(x => x.ComputedChange, type: typeof(ComputedChangeGraphType)).Description("The change on the year before, from the two stored figures; null without both, or where they cover different months.");
        Field(x => x.StatedChange, type: typeof(StatedChangeGraphType)).Description("The change the report states; null where it states none.");
        Field(x => x.StatedChangeAgrees, nullable: true).Description("Whether the stated change is the computed one, rounded as the report writes it; null where they cannot be compared (one is missing, or the report compares with another year).");
    }
}

public sealed class ComputedChangeGraphType : ObjectGraphType<ComputedChange>
{
    public ComputedChangeGraphType()
    {
        Name = "ComputedChange";
        Field(x => x.FromYear).Description("The year compared with.");
        Field<ExactDecimalGraphType, decimal?>("percent").Description("The change in percent of the earlier figure, to 2 decimal places; null where that figure is 0.")
            .Resolve(context => context.Source.Percent is { } percent ? StatedRounding.Round(percent) : null);
        Field<NonNullGraphType<ExactDecimalGraphType>, decimal>("absolute").Description("The change in the later figure's unit and multiplier.")
            .Resolve(context => StatedRounding.Round(context.Source.Absolute, 4));
    }
}
