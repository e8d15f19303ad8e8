using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Scalars;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Api.Schema.Types.Slices;

public sealed class SectorSummaryGraphType : ObjectGraphType<SectorSummary>
{
    public SectorSummaryGraphType()
    {
        Name = "SectorSummary";
        Description = "A sector in a year across the provinces, from one aggregate: each of its indicators summarised.";
        Field<NonNullGraphType<SectorGraphType>, Sector>("sector").Resolve(context => context.Source.Key.Sector);
        Field<NonNullGraphType<IntGraphType>, int>("year").Resolve(context => context.Source.Key.Year);
        Field(x => x.ReportingProvinces).Description("How many provinces' reports state at least one figure of the sector.");
        Field(x => x.Indicators, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorSummaryGraphType>>>)).Description("Each indicator of the sector in the catalog, in catalog order.");
    }
}

public sealed class IndicatorSummaryGraphType : ObjectGraphType<IndicatorSummary>
{
    public IndicatorSummaryGraphType()
    {
        Name = "IndicatorSummary";
        Description = "One indicator across the provinces that state it. Every value is in the unit times multiplier (the multiplier most provinces write the figure in): with multiplier 1000000000 and unit VND, 130 is 130 tỷ đồng. Figures of part of a year count as stated.";
        Field<NonNullGraphType<StringGraphType>, string>("code").Resolve(context => context.Source.Definition.Code);
        Field<NonNullGraphType<IndicatorDefinitionGraphType>, IndicatorDefinition>("indicator").Resolve(context => context.Source.Definition);
        Field<NonNullGraphType<StringGraphType>, string>("unit").Resolve(context => context.Source.Definition.Unit);
        Field(x => x.Multiplier, type: typeof(NonNullGraphType<ExactDecimalGraphType>));
        Field(x => x.Count).Description("How many provinces state the figure.");
        Field(x => x.Sum, type: typeof(ExactDecimalGraphType)).Description("The total; null for a percentage, where a total means nothing, and when no province states it.");
        Field(x => x.Mean, type: typeof(ExactDecimalGraphType)).Description($"The mean, to {IndicatorSummary.Digits} decimal places.");
        Field(x => x.Median, type: typeof(ExactDecimalGraphType)).Description("The median: the middle value, or the mean of the two middle ones.");
        Field(x => x.Minimum, type: typeof(SummaryExtremeGraphType)).Description("The least value and every province that states it.");
        Field(x => x.Maximum, type: typeof(SummaryExtremeGraphType)).Description("The greatest value and every province that states it.");
        Field(x => x.Ranks, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceRankGraphType>>>))
            .Description("Each province's rank, best first: rank 1 is the highest value unless the catalog says lower is better. Equal values share a rank and the next rank skips (1, 2, 2, 4).");
    }
}

public sealed class SummaryExtremeGraphType : ObjectGraphType<SummaryExtreme>
{
    public SummaryExtremeGraphType()
    {
        Name = "SummaryExtreme";
        Field(x => x.Value, type: typeof(NonNullGraphType<ExactDecimalGraphType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceGraphType>>>, IEnumerable<Province>>("provinces")
            .Description("The provinces that state this value, by statistical code.")
            .Resolve(context => context.Source.ProvinceCodes.Select(code => ProvinceDirectory.Default.FindByCode(code)!));
    }
}

public sealed class ProvinceRankGraphType : ObjectGraphType<ProvinceRank>
{
    public ProvinceRankGraphType()
    {
        Name = "ProvinceRank";
        Field(x => x.Rank);
        this.ProvinceField(rank => rank.Figure.Report.ProvinceCode);
        Field(x => x.Value, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Description("The value ranked, in the summary's multiplier.");
        Field(x => x.Figure, type: typeof(NonNullGraphType<ProvinceFigureGraphType>)).Description("The figure as the province's report states it.");
    }
}
