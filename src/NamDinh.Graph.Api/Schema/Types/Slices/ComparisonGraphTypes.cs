using GraphQL.Types;
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
        Field(x => x.Year);
        Field(x => x.Indicators, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorDefinitionGraphType>>>)).Description("The columns.");
        Field(x => x.Rows, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ComparisonRowGraphType>>>));
    }
}

public sealed class ComparisonRowGraphType : ObjectGraphType<ComparisonRow>
{
    public ComparisonRowGraphType()
    {
        Name = "ComparisonRow";
        this.ProvinceField(row => row.ProvinceCode);
        Field<NonNullGraphType<ListGraphType<IndicatorValueGraphType>>, IEnumerable<IndicatorValue?>>("figures")
            .Description("The province's figure of each column, null where its report states none (or it has no report).")
            .Resolve(context => context.Source.Figures.Select(figure => figure?.Figure));
        this.ReportField(row => row.Report, "The province's report of the year; null where it has none.");
    }
}
