using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Execution.Limits;
using NamDinh.Graph.Api.Loading;
using NamDinh.Graph.Api.Reports;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Api.Schema.Types;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Queries;

public sealed class ReportQuery : ObjectGraphType
{
    private const string ProvinceArgument = "province";
    private const string YearArgument = "year";
    private const int MaxChanges = 1000;

    /// <summary>The reports listed when first is not given: more than one year of every province.</summary>
    public const int ReportsPage = 100;

    public ReportQuery()
    {
        Name = "Query";

        Field<ReportGraphType, Scoped<Report>>("report")
            .Description("One province's report for one year. Null, with a NOT_FOUND error, when the province is unknown or has no report for that year. Read as of a version or a moment, it is another object than the current report, with an id of its own (\"Report:36-2021@3\"), and so is everything in it.")
            .Argument<NonNullGraphType<StringGraphType>>(ProvinceArgument, "The province's slug (\"nam-dinh\") or statistical code (\"36\").")
            .Argument<NonNullGraphType<IntGraphType>>(YearArgument, "The year reported on.")
            .Argument<DateTimeOffsetGraphType>("asOf", "The report as it stood at this moment (ISO 8601); the current report when not given.")
            .Argument<IntGraphType>("version", "The report as it stood at this version; the current report when not given.")
            .Resolve()
            .WithService<ReportReader>()
            .ResolveAsync(async (context, reader) =>
            {
                var province = RequireProvince(context);
                var key = new ReportKey(province.Code, RequireYear(context.GetArgument<int>(YearArgument)));
                var asOf = context.GetArgument<DateTimeOffset?>("asOf");
                var version = context.GetArgument<int?>("version");
                if (version is < 1)
                    throw ClientErrors.BadUserInput("version", $"Versions start at 1, not {version}.");
                var report = (asOf, version) switch
                {
                    (null, null) => await GrainLoaders.Of(context).Reports.LoadAsync(key, context.CancellationToken),
                    (null, { } wanted) => await GrainLoaders.Of(context).ReportVersions.LoadAsync(new ReportVersion(key, wanted), context.CancellationToken),
                    _ => await reader.FindAsOfAsync(key, asOf, version),
                };
                if (report is not null)
                    return asOf is null && version is null ? ReportScope.Current(key).Of(report) : ReportScope.AtVersion(key, report.Version).Of(report);
                throw ClientErrors.NotFound(asOf is null && version is null
                    ? $"{province.Name} ({province.Code}) has no report for {key.Year}; the query reports lists the reports held."
                    : $"{province.Name} ({province.Code}) had no report for {key.Year} at {(asOf is null ? $"version {version}" : asOf.Value.ToString("O"))}.");
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportGraphType>>>, IEnumerable<Scoped<Report>>>("reports")
            .Description("The reports held, ordered by province code then year, a page at a time: fewer than first means the last page; empty when none matches.")
            .Argument<StringGraphType>(ProvinceArgument, "Only this province's reports: slug or statistical code.")
            .Argument<IntGraphType>(YearArgument, "Only the reports of this year.")
            .Argument<IntGraphType>("first", $"At most this many, 1 to Limits:MaxReportsListed ({new RequestLimits().MaxReportsListed} by default).", argument => argument.DefaultValue = ReportsPage)
            .Argument<StringGraphType>("after", "The key of the last report of the page before (\"36-2021\"): the reports after it.")
            .Resolve()
            .WithService<RequestLimits>()
            .ResolveAsync(async (context, limits) =>
            {
                var provinceCode = context.GetArgument<string?>(ProvinceArgument) is null ? null : RequireProvince(context).Code;
                var year = context.GetArgument<int?>(YearArgument) is { } wanted ? RequireYear(wanted) : (int?)null;
                var first = ReportArguments.PageSize(context, limits, limits.MaxReportsListed, "first");
                var after = context.GetArgument<string?>("after") is { } text
                    ? ReportKey.TryParse(text, out var key) ? key : throw ClientErrors.BadUserInput("after", $"'{Echo.Short(text)}' is not a report's key (\"36-2021\").")
                    : null;
                var keys = (await GrainLoaders.Of(context).CatalogAsync())
                    .Where(key => (provinceCode is null || key.ProvinceCode == provinceCode) && (year is null || key.Year == year))
                    .Where(key => after is null || key.CompareTo(after) > 0)
                    .Order()
                    .Take(first);
                return (await GrainLoaders.Of(context).Reports.LoadManyAsync(keys, context.CancellationToken)).OfType<Report>()
                    .Select(report => ReportScope.Current(report.Key).Of(report));
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceGraphType>>>, IEnumerable<Province>>("provinces")
            .Description($"The provinces and centrally-run cities of a year: the 63 of {ProvinceDirectory.FirstYear}–{ProvinceDirectory.LastYear}; empty for a year this list does not cover.")
            .Argument<NonNullGraphType<IntGraphType>>(YearArgument, "The year.", argument => argument.DefaultValue = 2021)
            .Resolve(context => ProvinceDirectory.Default.In(RequireYear(context.GetArgument<int>(YearArgument))));

        Field<ProvinceGraphType, Province>("province")
            .Description("One province by slug or statistical code; null with NOT_FOUND when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("id", "The province's slug (\"nam-dinh\") or statistical code (\"36\").")
            .Resolve(context => ProvinceDirectory.Default.Find(context.GetArgument<string>("id"))
                ?? throw ClientErrors.NotFound($"There is no province '{context.GetArgument<string>("id")}'. Use a slug such as \"nam-dinh\" or a code such as \"36\"."));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorDefinitionGraphType>>>, IEnumerable<IndicatorDefinition>>("indicatorDefinitions")
            .Description("The indicator catalog: what each indicator code measures.")
            .Argument<SectorGraphType>("sector", "Only the indicators of this sector.")
            .Argument<StringGraphType>("code", "Only the indicator of this code.")
            .Resolve(context =>
            {
                var sector = context.GetArgument<Sector?>("sector");
                var code = context.GetArgument<string?>("code");
                return IndicatorCatalog.Default.Indicators.Where(definition =>
                    (sector is null || definition.Sector == sector) && (code is null || definition.Code == code));
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportChangeEventGraphType>>>, IEnumerable<Domain.Changes.ReportChange>>("changes")
            .Description("The stored changes after the given cursors, oldest first: what a partner missed while disconnected. Subscribing and then catching up with the cursor of the last event received loses nothing.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("after", "Cursors of the last change seen, one per report (\"36-2021:5\"); a report without one is read from its first change.")
            .Argument<ChangeFilterInputGraphType>("where", "Which changes: of a province, a year, a sector's figures, an indicator's.")
            .Argument<IntGraphType>("first", $"At most this many, 1–{MaxChanges}.", argument => argument.DefaultValue = 100)
            .Resolve()
            .WithService<ReportReader>()
            .WithService<RequestLimits>()
            .ResolveAsync(async (context, reader, limits) =>
            {
                var first = ReportArguments.PageSize(context, limits, MaxChanges, "first");
                var after = new Dictionary<Domain.Reports.ReportKey, long>();
                foreach (var text in context.GetArgument<List<string>?>("after") ?? [])
                    after[Domain.Changes.ChangeCursor.TryParse(text, out var cursor) ? cursor.Key : throw ClientErrors.BadUserInput("after", $"'{Errors.Echo.Short(text)}' is not a cursor this API gave.")] = cursor.Version;
                var filter = Subscriptions.ChangeFilters.From(context.GetArgument<ChangeFilterInput?>("where"), "where.");
                return await reader.ChangesAsync(after, filter, first);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitDefinitionGraphType>>>, IEnumerable<Domain.Catalog.UnitDefinition>>("units")
            .Description("The units figures are counted in.")
            .Resolve(_ => IndicatorCatalog.Default.Units);

        this.AddSliceFields();
        this.AddNodeFields();
    }

    private static Province RequireProvince(IResolveFieldContext context)
    {
        var given = context.GetArgument<string>(ProvinceArgument);
        return ProvinceDirectory.Default.Find(given) ?? throw ClientErrors.NotFound(ReportArguments.UnknownProvince(given));
    }

    private static int RequireYear(int year) => ReportArguments.Year(year, YearArgument);
}
