using System.Globalization;
using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Api.Schema.Scalars;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Api.Schema.Types.Slices;

/// <summary>One province's indicator over the years, within the years asked (null: from the earliest, to the latest).</summary>
public sealed record IndicatorSeries(string ProvinceCode, IndicatorDefinition Definition, int? FromYear, int? ToYear, IReadOnlyList<SeriesPoint> Points);

public sealed class IndicatorSeriesGraphType : ObjectGraphType<IndicatorSeries>
{
    public IndicatorSeriesGraphType()
    {
        Name = "IndicatorSeries";
        Description = "One province's indicator over the years it has reports for.";
        this.IdField(KeyOf, "\"IndicatorSeries:36:postal.revenue\": the province and the indicator code, then the years asked where they were (\"IndicatorSeries:36:postal.revenue:2019-2021\", \"…:2020-\")");
        this.ProvinceField(series => series.ProvinceCode);
        Field<NonNullGraphType<StringGraphType>, string>("code").Resolve(context => context.Source.Definition.Code);
        Field<NonNullGraphType<IndicatorDefinitionGraphType>, IndicatorDefinition>("indicator").Resolve(context => context.Source.Definition);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeriesPointGraphType>>>, IEnumerable<Identified<SeriesPoint>>>("points")
            .Description("One per year the province has a report for, oldest first.")
            .Resolve(context => context.Source.Points.Select(point => new Identified<SeriesPoint>(
                GlobalId.Of("SeriesPoint", context.Source.ProvinceCode, context.Source.Definition.Code, point.Year.ToString(CultureInfo.InvariantCulture)), point)));
    }

    private static string KeyOf(IndicatorSeries series)
    {
        var key = $"{series.ProvinceCode}:{series.Definition.Code}";
        return series.FromYear is null && series.ToYear is null ? key : $"{key}:{series.FromYear}-{series.ToYear}";
    }
}

public sealed class SeriesPointGraphType : ObjectGraphType<Identified<SeriesPoint>>
{
    public SeriesPointGraphType()
    {
        Name = "SeriesPoint";
        Description = "One year of a series: the figure, the change on the year before computed from the stored figures, and the change the report states.";
        this.IdFieldAsGiven("\"SeriesPoint:36:postal.revenue:2021\": the province, the indicator code and the year");
        Field("year", x => x.Item.Year);
        Field("figure", x => x.Item.Figure, type: typeof(ProvinceFigureGraphType)).Description("The figure the year's report states; null where it states none.");
        Field("computedChange", x => x.Item.ComputedChange, type: typeof(ComputedChangeGraphType)).Description("The change on the year before, from the two stored figures; null without both, or where they cover different months.");
        Field("statedChange", x => x.Item.StatedChange, type: typeof(StatedChangeGraphType)).Description("The change the report states; null where it states none.");
        Field("statedChangeAgrees", x => x.Item.StatedChangeAgrees, nullable: true).Description("Whether the stated change is the computed one, rounded as the report writes it; null where they cannot be compared (one is missing, or the report compares with another year).");
    }
}

public sealed class ComputedChangeGraphType : ObjectGraphType<ComputedChange>
{
    public ComputedChangeGraphType()
    {
        Name = "ComputedChange";
        Description = "A change computed from two stored figures of a province's indicator.";
        this.EmbeddedIdField("\"SeriesPoint:36:postal.revenue:2021/computedChange\"");
        Field(x => x.FromYear).Description("The year compared with.");
        Field<ExactDecimalGraphType, decimal?>("percent").Description("The change in percent of the earlier figure, to 2 decimal places; null where that figure is 0.")
            .Resolve(context => context.Source.Percent is { } percent ? StatedRounding.Round(percent) : null);
        Field<NonNullGraphType<ExactDecimalGraphType>, decimal>("absolute").Description("The change in the later figure's unit and multiplier.")
            .Resolve(context => StatedRounding.Round(context.Source.Absolute, 4));
    }
}
