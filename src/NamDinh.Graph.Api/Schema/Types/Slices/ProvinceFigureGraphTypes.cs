using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Api.Schema.Types.Slices;

public sealed class ProvinceFigureGraphType : ObjectGraphType<ProvinceFigure>
{
    public ProvinceFigureGraphType()
    {
        Name = "ProvinceFigure";
        Description = "A figure of one province's report, as slices across provinces and years carry it, from the sector-year aggregates. Its figure is the report's current one, with the same id.";
        this.NodeIdField(figure => $"{figure.Report}:{figure.Figure.Code}", "\"ProvinceFigure:36-2021:postal.revenue\": the report and the indicator code");
        this.ProvinceField(figure => figure.Report.ProvinceCode);
        Field<NonNullGraphType<IntGraphType>, int>("year").Description("The year reported on.").Resolve(context => context.Source.Report.Year);
        Field<NonNullGraphType<IntGraphType>, int>("reportVersion").Description("The version of the report in which this province's figures of the sector last changed; the report may have changed elsewhere since (report.version).").Resolve(context => checked((int)context.Source.ReportVersion));
        Field(x => x.Synthetic).Description("True for a figure of generated test data.");
        Field<NonNullGraphType<StringGraphType>, string>("code").Resolve(context => context.Source.Figure.Code);
        Field<IndicatorDefinitionGraphType, IndicatorDefinition>("indicator").Description("What the figure measures, from the catalog.")
            .Resolve(context => IndicatorCatalog.Default.Find(context.Source.Figure.Code));
        Field<NonNullGraphType<IndicatorValueGraphType>, Scoped<IndicatorValue>>("figure")
            .Description("The figure, as the report holds it now (IndicatorValue:36-2021:postal.revenue). The aggregates keep it without its source sentence; asking for figure.source reads the sentence from the report.")
            .Resolve(context => new SliceFigure(context.Source.Figure, context.Source.Report));
        this.ReportField(figure => figure.Report, "The whole report the figure is from.");
    }
}

/// <summary>A page of figures with what the connection needs to say about it.</summary>
public sealed record ProvinceFigureConnection(FigurePage Page)
{
    public PageInfo PageInfo => new(
        Page.HasNextPage,
        Page.HasPreviousPage,
        Page.Figures.Count == 0 ? null : FigurePosition.Of(Page.Figures[0]).ToCursor(),
        Page.Figures.Count == 0 ? null : FigurePosition.Of(Page.Figures[^1]).ToCursor());
}

public sealed partial class ProvinceFigureConnectionGraphType : ObjectGraphType<ProvinceFigureConnection>
{
    public ProvinceFigureConnectionGraphType()
    {
        Name = "ProvinceFigureConnection";
        Description = "Figures across provinces and years, a page at a time (Relay cursor connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceFigureEdgeGraphType>>>, IEnumerable<ProvinceFigure>>("edges")
            .WithComplexityImpact(PageOfTheConnection).Resolve(context => context.Source.Page.Figures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceFigureGraphType>>>, IEnumerable<ProvinceFigure>>("nodes")
            .WithComplexityImpact(PageOfTheConnection).Resolve(context => context.Source.Page.Figures);
        Field<NonNullGraphType<PageInfoGraphType>, PageInfo>("pageInfo").Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>, int>("totalCount").Description("How many figures the filter takes, on every page together.").Resolve(context => context.Source.Page.TotalCount);
    }
}

public sealed partial class ProvinceFigureConnectionGraphType
{
    /// <summary>A page weighs as many figures as it may hold: the connection's first, or its default page when not given or null.</summary>
    private static FieldComplexityResult PageOfTheConnection(FieldImpactContext context) =>
        new(1, context.Parent?.GetArgument<int?>("first", null) ?? Queries.SliceQueryFields.DefaultPageSize);
}

public sealed class ProvinceFigureEdgeGraphType : ObjectGraphType<ProvinceFigure>
{
    public ProvinceFigureEdgeGraphType()
    {
        Name = "ProvinceFigureEdge";
        Field<NonNullGraphType<StringGraphType>, string>("cursor").Description("Pass as after: to go on from this figure.").Resolve(context => FigurePosition.Of(context.Source).ToCursor());
        Field<NonNullGraphType<ProvinceFigureGraphType>, ProvinceFigure>("node").Resolve(context => context.Source);
    }
}
