using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Execution.Limits;
using NamDinh.Graph.Api.Loading;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Inputs;
using NamDinh.Graph.Api.Schema.Types.Slices;
using NamDinh.Graph.Api.Slices;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Api.Schema.Queries;

/// <summary>The queries across provinces and years: figures, sector summaries, series, comparisons and ranking tables.</summary>
public static class SliceQueryFields
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static void AddSliceFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ProvinceFigureConnectionGraphType>, ProvinceFigureConnection>("indicators")
            .Description("Figures across provinces and years, filtered and ordered, a page at a time. Answered from the sector-year aggregates.")
            .Argument<FigureFilterInputGraphType>("where", "Which figures; all when left out.")
            .Argument<ListGraphType<NonNullGraphType<FigureOrderInputGraphType>>>("order", "The keys to order by, first key first; by province, year and indicator code when left out.")
            .Argument<IntGraphType>("first", $"At most this many figures, 1–{MaxPageSize}.", argument => argument.DefaultValue = DefaultPageSize)
            .Argument<StringGraphType>("after", "The cursor of the figure to go on after (pageInfo.endCursor of the page before).")
            .Resolve()
            .WithService<RequestLimits>()
            .ResolveAsync(async (context, limits) =>
            {
                var filter = Filter(context.GetArgument<FigureFilterInput?>("where"));
                var order = new FigureOrdering(context.GetArgument<List<FigureOrder>?>("order") ?? []);
                var first = ReportArguments.PageSize(context, limits, MaxPageSize, "first");
                FigurePosition? after = null;
                if (context.GetArgument<string?>("after") is { } cursor && !FigurePosition.TryParseCursor(cursor, out after))
                    throw ClientErrors.BadUserInput("after", $"'{Errors.Echo.Short(cursor)}' is not a cursor of this connection; pass an endCursor or edge cursor it gave.");
                var figures = await Reader(context).FiguresAsync(filter);
                return new ProvinceFigureConnection(FigurePage.Of(figures, FigureFilter.All, order, first, after));
            });

        query.Field<NonNullGraphType<SectorSummaryGraphType>, SectorSummary>("sectorSummary")
            .Description("A sector in a year across all provinces: each indicator's count, sum, mean, median, extremes and ranks. One aggregate grain call however many provinces report.")
            .Argument<NonNullGraphType<SectorGraphType>>("sector", "The sector.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year reported on.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("codes", "Only these indicators of the sector.")
            .ResolveAsync(async context =>
            {
                var sector = context.GetArgument<Sector>("sector");
                var year = ReportArguments.Year(context.GetArgument<int>("year"), "year");
                var codes = context.GetArgument<List<string>?>("codes") is { } given ? Indicators(given, "codes", sector) : null;
                return await Reader(context).SummaryAsync(new SectorYear(sector, year), codes?.Select(definition => definition.Code).ToHashSet());
            });

        query.Field<NonNullGraphType<IndicatorSeriesGraphType>, IndicatorSeries>("indicatorSeries")
            .Description("One province's indicator over the years, with the change on each year before computed from the stored figures beside the change the report states.")
            .Argument<NonNullGraphType<StringGraphType>>("province", "The province's slug or statistical code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The indicator code.")
            .Argument<IntGraphType>("fromYear", "The first year; the earliest held when left out.")
            .Argument<IntGraphType>("toYear", "The last year; the latest held when left out.")
            .ResolveAsync(async context =>
            {
                var province = ReportArguments.Province(context.GetArgument<string>("province"), "province");
                var definition = Indicators([context.GetArgument<string>("code")], "code", null)[0];
                var (fromYear, toYear) = YearRange(context.GetArgument<int?>("fromYear"), context.GetArgument<int?>("toYear"), "");
                return new IndicatorSeries(province.Code, definition, fromYear, toYear, await Reader(context).SeriesAsync(province.Code, definition, fromYear, toYear));
            });

        query.Field<NonNullGraphType<ProvinceComparisonGraphType>, ProvinceComparison>("compare")
            .Description("Provinces side by side for a year and a list of indicators.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("provinces", "The provinces, by slug or statistical code, in the order of the rows.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year reported on.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("codes", "The indicator codes, in the order of the columns.")
            .ResolveAsync(async context =>
            {
                var provinces = context.GetArgument<List<string>>("provinces")
                    .Select((given, index) => ReportArguments.Province(given, $"provinces[{index}]").Code).Distinct().ToList();
                if (provinces.Count == 0)
                    throw ClientErrors.BadUserInput("provinces", "Name at least one province to compare.");
                var year = ReportArguments.Year(context.GetArgument<int>("year"), "year");
                var indicators = Indicators(context.GetArgument<List<string>>("codes"), "codes", null);
                if (indicators.Count == 0)
                    throw ClientErrors.BadUserInput("codes", "Name at least one indicator code to compare.");
                return new ProvinceComparison(year, indicators, await Reader(context).CompareAsync(provinces, year, indicators));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankingTableGraphType>>>, IEnumerable<RankingTable>>("rankingTables")
            .Description("Each national index's table as the provinces' reports of a year state it, with a finding where two provinces claim one place.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year of the reports.")
            .Argument<StringGraphType>("index", "Only this index's table (\"ict-index\", \"dti\", …).")
            .ResolveAsync(async context =>
            {
                var year = ReportArguments.Year(context.GetArgument<int>("year"), "year");
                var index = context.GetArgument<string?>("index");
                if (index is not null && IndicatorCatalog.Default.FindRankingIndex(index) is null)
                    throw ClientErrors.BadUserInput("index", $"'{index}' is not a ranking index; the query rankingIndexes lists them.");
                return (await Reader(context).RankingTablesAsync(year)).Where(table => index is null || table.Index.Code == index);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankingIndexGraphType>>>, IEnumerable<RankingIndexDefinition>>("rankingIndexes")
            .Description("The national indexes the reports state rankings in.")
            .Resolve(_ => IndicatorCatalog.Default.RankingIndexes);
    }

    private static SliceReader Reader(IResolveFieldContext context) => new(GrainLoaders.Of(context), context.CancellationToken);

    private static FigureFilter Filter(FigureFilterInput? input)
    {
        if (input is null)
            return FigureFilter.All;
        if (input.Year is not null && (input.FromYear is not null || input.ToYear is not null))
            throw ClientErrors.BadUserInput("where.year", "Give either year or fromYear/toYear, not both.");
        var (fromYear, toYear) = input.Year is { } year
            ? (ReportArguments.Year(year, "where.year"), ReportArguments.Year(year, "where.year"))
            : YearRange(input.FromYear, input.ToYear, "where.");
        return new FigureFilter(
            input.Provinces?.Select((given, index) => ReportArguments.Province(given, $"where.provinces[{index}]").Code).ToHashSet(StringComparer.Ordinal),
            fromYear,
            toYear,
            input.Sector,
            input.Codes is null ? null : Indicators(input.Codes, "where.codes", null).Select(definition => definition.Code).ToHashSet(StringComparer.Ordinal),
            input.Status);
    }

    private static (int? From, int? To) YearRange(int? fromYear, int? toYear, string field)
    {
        var from = fromYear is { } first ? ReportArguments.Year(first, $"{field}fromYear") : (int?)null;
        var to = toYear is { } last ? ReportArguments.Year(last, $"{field}toYear") : (int?)null;
        if (from > to)
            throw ClientErrors.BadUserInput($"{field}fromYear", $"fromYear {from} is after toYear {to}.");
        return (from, to);
    }

    /// <summary>The catalog's definitions of <paramref name="codes"/>, each once, in the order given; BAD_USER_INPUT for an unknown code or one of another sector.</summary>
    private static List<IndicatorDefinition> Indicators(IEnumerable<string> codes, string field, Sector? sector) =>
        [.. codes.Distinct(StringComparer.Ordinal).Select(code =>
        {
            var definition = IndicatorCatalog.Default.Find(code)
                ?? throw ClientErrors.BadUserInput(field, $"'{code}' is not an indicator code; the query indicatorDefinitions lists them.");
            return sector is null || definition.Sector == sector
                ? definition
                : throw ClientErrors.BadUserInput(field, $"Indicator '{code}' belongs to sector {definition.Sector}, not {sector}.");
        })];
}
