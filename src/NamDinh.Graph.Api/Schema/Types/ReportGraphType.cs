using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using NamDinh.Graph.Api.Execution.Limits;
using NamDinh.Graph.Api.Loading;
using NamDinh.Graph.Api.Reports;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class ReportGraphType : ObjectGraphType<Scoped<Report>>
{
    private const string SectorArgument = "sector";

    public ReportGraphType()
    {
        Name = "Report";
        Description = "One province's annual report for one year.";
        this.NodeIdField(report => $"{report.Scope}", "\"Report:36-2021\" for the current report, \"Report:36-2021@3\" for the report read as of version 3 (or at a moment when version 3 was current)");
        Field<NonNullGraphType<StringGraphType>, string>("key")
            .Description("The report's key, province code and year (\"36-2021\"), as change cursors (\"36-2021:5\") and scripts write it.")
            .Resolve(context => context.Source.Item.Key.ToString());
        Field<NonNullGraphType<ProvinceGraphType>, Province>("province")
            .Resolve(context => ProvinceDirectory.Default.FindByCode(context.Source.Item.Key.ProvinceCode)!);
        Field<NonNullGraphType<IntGraphType>, int>("year")
            .Description("The year reported on.")
            .Resolve(context => context.Source.Item.Key.Year);
        Field<NonNullGraphType<IntGraphType>, int>("version")
            .Description("Counts the accepted changes to the report; the report as first loaded is version 1.")
            .Resolve(context => checked((int)context.Source.Item.Version));
        Field<NonNullGraphType<BooleanGraphType>, bool>("possiblyBehind")
            .Description("True when the report's node did not answer in time (it froze, or is failing over) and this is the last version storage holds: a change acknowledged a moment ago may not be in it yet. Its version says which it is.")
            .Resolve(context => context.Source.Scope.IsCurrent && Loading.GrainLoaders.Of(context).IsPossiblyBehind(context.Source.Item.Key));
        Field("synthetic", x => x.Item.Synthetic).Description("True for generated test data; false for a real report.");
        Field("document", x => x.Item.Document, type: typeof(NonNullGraphType<DocumentFactsGraphType>)).Description("The document's own facts: number, place, date, title, addressee, signer, recipients.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankingGraphType>>>, IEnumerable<Scoped<Ranking>>>("rankings")
            .Description("The national rankings the report states.")
            .Resolve(context => context.Source.Scope.OfEach(context.Source.Item.Rankings));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorValueGraphType>>>, IEnumerable<Scoped<IndicatorValue>>>("indicators")
            .Description("The report's figures, in the order of the report.")
            .Argument<SectorGraphType>(SectorArgument, "Only the figures of this sector.")
            .Argument<StringGraphType>("code", "Only the figure of this indicator code.")
            .Resolve(context =>
            {
                var sector = context.GetArgument<Sector?>(SectorArgument);
                var code = context.GetArgument<string?>("code");
                return context.Source.Scope.OfEach(context.Source.Item.Indicators.Where(value =>
                    (code is null || value.Code == code) &&
                    (sector is null || Domain.Catalog.IndicatorCatalog.Default.Find(value.Code)?.Sector == sector)));
            });

        NarrativeList("tasks", report => report.Tasks, "The tasks the department carried out (section 3).");
        NarrativeList("shortcomings", report => report.Shortcomings, "The shortcomings the report names (section 4).");
        NarrativeList("causes", report => report.Causes, "The causes of the shortcomings (section 4).");
        Field<NonNullGraphType<ProposalsGraphType>, Scoped<Proposals>>("proposals")
            .Description("The proposals to the ministry (section 5), or the report's statement that it makes none.")
            .Resolve(context => context.Source.Scope.Of(context.Source.Item.Proposals));
        NarrativeList("priorities", report => report.Priorities, "The priorities for the next year (section 6).");
        Field("prioritiesYear", x => x.Item.PrioritiesYear).Description("The year the priorities are for.");
        NarrativeList("remarks", report => report.Remarks, "The report's other prose: its basis, introductions and statements that are neither figures, tasks nor priorities.");

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("findings")
            .Description("What the report's figures say against its own text, and against the previous year's report where one is held.")
            .Resolve(context => ReportFindings.Of(GrainLoaders.Of(context), context.Source));

        Field<NonNullGraphType<RevisionConnectionGraphType>, RevisionConnection>("history")
            .Description("The accepted changes of the report, newest first: version, when, by whom, why and what changed.")
            .Arguments(ReportHistoryFields.PagingArguments())
            .Resolve()
            .WithService<ReportReader>()
            .WithService<RequestLimits>()
            .ResolveAsync(async (context, reader, limits) => await ReportHistoryFields.ReadAsync(context, reader, limits, context.Source.Item));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorRevisionGraphType>>>, IEnumerable<FigureRevision>>("indicatorHistory")
            .Description("The revisions that changed one figure, newest first, with the figure before and after each.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The indicator code.")
            .Arguments(ReportHistoryFields.PagingArguments())
            .Resolve()
            .WithService<ReportReader>()
            .WithService<RequestLimits>()
            .ResolveAsync(async (context, reader, limits) => await ReportHistoryFields.ReadIndicatorAsync(context, reader, limits, context.Source.Item, context.GetArgument<string>("code")));
    }

    private void NarrativeList(string name, Func<Report, IReadOnlyList<NarrativeItem>> items, string description) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NarrativeItemGraphType>>>, IEnumerable<Scoped<NarrativeItem>>>(name)
            .Description(description)
            .Argument<SectorGraphType>(SectorArgument, "Only the items of this sector.")
            .Resolve(context =>
            {
                var sector = context.GetArgument<Sector?>(SectorArgument);
                return context.Source.Scope.OfEach(items(context.Source.Item).Where(item => sector is null || item.Sector == sector));
            });
}
