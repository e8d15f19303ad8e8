using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Api.Schema.Types.Slices;

/// <summary>Provinces side by side for a year, one column per indicator.</summary>
public sealed record ProvinceComparison(int Year, IReadOnlyList<IndicatorDefinition> Indicators, IReadOnlyList<ComparisonRow> Rows);

public sealed class ProvinceComparisonGraphType : ObjectGraphType<ProvinceComparison>
{
    public ProvinceComparisonGraphType()
    {
        Name = "Comparison";
        Description = "Provinces side by side for a year: one row per province, one column per indicator, in the orders asked.";
        this.IdField(comparison => $"{comparison.Year}:{string.Join(',', comparison.Rows.Select(row => row.ProvinceCode))}:{Codes(comparison)}",
            "\"Comparison:2021:36,35:postal.revenue,telecom.revenue\": the year, the provinces and the indicator codes, in the orders asked");
        Field(x => x.Year);
        Field(x => x.Indicators, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorDefinitionGraphType>>>)).Description("The columns.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComparisonRowGraphType>>>, IEnumerable<Identified<ComparisonRow>>>("rows")
            .Resolve(context => context.Source.Rows.Select(row => new Identified<ComparisonRow>(GlobalId.Of("ComparisonRow", $"{row.Year}", row.ProvinceCode, Codes(context.Source)), row)));
    }

    private static string Codes(ProvinceComparison comparison) => string.Join(',', comparison.Indicators.Select(definition => definition.Code));
}

public sealed class ComparisonRowGraphType : ObjectGraphType<Identified<ComparisonRow>>
{
    public ComparisonRowGraphType()
    {
        Name = "ComparisonRow";
        Description = "One province of a comparison: its figure of each indicator compared.";
        this.IdFieldAsGiven("\"ComparisonRow:2021:36:postal.revenue,telecom.revenue\": the year, the province and the indicator codes compared");
        this.ProvinceField(row => row.Item.ProvinceCode);
        Field<NonNullGraphType<ListGraphType<IndicatorValueGraphType>>, IEnumerable<Scoped<IndicatorValue>?>>("figures")
            .Description("The province's figure of each column, null where its report states none (or it has no report).")
            .Resolve(context => context.Source.Item.Figures.Select(figure => figure is null ? null : new SliceFigure(figure.Figure, figure.Report)));
        this.ReportField(row => row.Item.Report, "The province's report of the year; null where it has none.");
    }
}
