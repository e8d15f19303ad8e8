using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Api.Schema.Scalars;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Api.Schema.Types.Slices;

/// <summary>One indicator's summary within a sector-year summary, which knows the sector-year it is of.</summary>
public sealed record SectorIndicatorSummary(SectorYear Key, IndicatorSummary Summary);

public sealed class SectorSummaryGraphType : ObjectGraphType<SectorSummary>
{
    public SectorSummaryGraphType()
    {
        Name = "SectorSummary";
        Description = "A sector in a year across the provinces, from one aggregate: each of its indicators summarised.";
        this.NodeIdField(KeyOf, "\"SectorSummary:PostalTelecom-2021\": the sector and year, then the indicator codes where only some were asked for (\"SectorSummary:PostalTelecom-2021:postal.revenue,postal.items\")");
        Field<NonNullGraphType<SectorGraphType>, Sector>("sector").Resolve(context => context.Source.Key.Sector);
        Field<NonNullGraphType<IntGraphType>, int>("year").Resolve(context => context.Source.Key.Year);
        Field(x => x.ReportingProvinces).Description("How many provinces' reports state at least one figure of the sector.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorSummaryGraphType>>>, IEnumerable<SectorIndicatorSummary>>("indicators")
            .Description("Each indicator of the sector in the catalog, in catalog order.")
            .Resolve(context => context.Source.Indicators.Select(summary => new SectorIndicatorSummary(context.Source.Key, summary)));
    }

    /// <summary>The summary's key in its id: the sector-year, and the codes summarised where they are not all of the sector's.</summary>
    public static string KeyOf(SectorSummary summary)
    {
        var codes = summary.Indicators.Select(indicator => indicator.Definition.Code).ToList();
        var all = IndicatorCatalog.Default.Indicators.Where(definition => definition.Sector == summary.Key.Sector).Select(definition => definition.Code);
        return codes.SequenceEqual(all) ? $"{summary.Key}" : $"{summary.Key}:{string.Join(',', codes)}";
    }
}

public sealed class IndicatorSummaryGraphType : ObjectGraphType<SectorIndicatorSummary>
{
    public IndicatorSummaryGraphType()
    {
        Name = "IndicatorSummary";
        Description = "One indicator across the provinces that state it. Every value is in the unit times multiplier (the multiplier most provinces write the figure in): with multiplier 1000000000 and unit VND, 130 is 130 tỷ đồng. Figures of part of a year count as stated.";
        this.NodeIdField(summary => $"{summary.Key}:{summary.Summary.Definition.Code}", "\"IndicatorSummary:PostalTelecom-2021:postal.revenue\": the sector, the year and the indicator code");
        Field<NonNullGraphType<StringGraphType>, string>("code").Resolve(context => context.Source.Summary.Definition.Code);
        Field<NonNullGraphType<IndicatorDefinitionGraphType>, IndicatorDefinition>("indicator").Resolve(context => context.Source.Summary.Definition);
        Field<NonNullGraphType<StringGraphType>, string>("unit").Resolve(context => context.Source.Summary.Definition.Unit);
        Field("multiplier", x => x.Summary.Multiplier, type: typeof(NonNullGraphType<ExactDecimalGraphType>));
        Field("count", x => x.Summary.Count).Description("How many provinces state the figure.");
        Field("sum", x => x.Summary.Sum, type: typeof(ExactDecimalGraphType)).Description("The total; null for a percentage, where a total means nothing, and when no province states it.");
        Field("mean", x => x.Summary.Mean, type: typeof(ExactDecimalGraphType)).Description($"The mean, to {IndicatorSummary.Digits} decimal places.");
        Field("median", x => x.Summary.Median, type: typeof(ExactDecimalGraphType)).Description("The median: the middle value, or the mean of the two middle ones.");
        Field("minimum", x => x.Summary.Minimum, type: typeof(SummaryExtremeGraphType)).Description("The least value and every province that states it.");
        Field("maximum", x => x.Summary.Maximum, type: typeof(SummaryExtremeGraphType)).Description("The greatest value and every province that states it.");
        Field("ranks", x => x.Summary.Ranks, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceRankGraphType>>>))
            .Description("Each province's rank, best first: rank 1 is the highest value unless the catalog says lower is better. Equal values share a rank and the next rank skips (1, 2, 2, 4).");
    }
}

public sealed class SummaryExtremeGraphType : ObjectGraphType<SummaryExtreme>
{
    public SummaryExtremeGraphType()
    {
        Name = "SummaryExtreme";
        Description = "The least or greatest value of an indicator across provinces, and every province that states it.";
        this.EmbeddedIdField("\"IndicatorSummary:PostalTelecom-2021:postal.revenue/minimum\"");
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
        Description = "A province's place among the provinces stating an indicator in a year.";
        this.IdField(rank => $"{rank.Figure.Report}:{rank.Figure.Figure.Code}", "\"ProvinceRank:36-2021:postal.revenue\": the report and the indicator code");
        Field(x => x.Rank);
        this.ProvinceField(rank => rank.Figure.Report.ProvinceCode);
        Field(x => x.Value, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Description("The value ranked, in the summary's multiplier.");
        Field(x => x.Figure, type: typeof(NonNullGraphType<ProvinceFigureGraphType>)).Description("The figure as the province's report states it.");
    }
}
