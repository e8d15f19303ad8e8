using GraphQL;
using GraphQL.Types;
using NamDinh.Graph.Api.Loading;
using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Api.Reports;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class ReportGraphType : ObjectGraphType<Report>
{
    private const string SectorArgument = "sector";

    public ReportGraphType()
    {
        Name = "Report";
        Description = "One province's annual report for one year.";
        Field<NonNullGraphType<IdGraphType>, string>("id")
            .Description("The report's key: province code and year, e.g. \"36-2021\".")
            .Resolve(context => context.Source.Key.ToString());
        Field<NonNullGraphType<ProvinceGraphType>, Province>("province")
            .Resolve(context => ProvinceDirectory.Default.FindByCode(context.Source.Key.ProvinceCode)!);
        Field<NonNullGraphType<IntGraphType>, int>("year")
            .Description("The year reported on.")
            .Resolve(context => context.Source.Key.Year);
        Field<NonNullGraphType<IntGraphType>, int>("version")
            .Description("Counts the accepted changes to the report; the report as first loaded is version 1.")
            .Resolve(context => checked((int)context.Source.Version));
        Field(x => x.Synthetic).Description("True for generated test data; false for a real report.");
        Field(x => x.Document, type: typeof(NonNullGraphType<DocumentFactsGraphType>)).Description("The document's own facts: number, place, date, title, addressee, signer, recipients.");
        Field(x => x.Rankings, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RankingGraphType>>>)).Description("The national rankings the report states.");

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorValueGraphType>>>, IEnumerable<IndicatorValue>>("indicators")
            .Description("The report's figures, in the order of the report.")
            .Argument<SectorGraphType>(SectorArgument, "Only the figures of this sector.")
            .Argument<StringGraphType>("code", "Only the figure of this indicator code.")
            .Resolve(context =>
            {
                var sector = context.GetArgument<Sector?>(SectorArgument);
                var code = context.GetArgument<string?>("code");
                return context.Source.Indicators.Where(value =>
                    (code is null || value.Code == code) &&
                    (sector is null || Domain.Catalog.IndicatorCatalog.Default.Find(value.Code)?.Sector == sector));
            });

        NarrativeList("tasks", report => report.Tasks, "The tasks the department carried out (section 3).");
        NarrativeList("shortcomings", report => report.Shortcomings, "The shortcomings the report names (section 4).");
        NarrativeList("causes", report => report.Causes, "The causes of the shortcomings (section 4).");
        Field(x => x.Proposals, type: typeof(NonNullGraphType<ProposalsGraphType>)).Description("The proposals to the ministry (section 5), or the report's statement that it makes none.");
        NarrativeList("priorities", report => report.Priorities, "The priorities for the next year (section 6).");
        Field("prioritiesYear", x => x.PrioritiesYear).Description("The year the priorities are for.");
        NarrativeList("remarks", report => report.Remarks, "The report's other prose: its basis, introductions and statements that are neither figures, tasks nor priorities.");

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("findings")
            .Description("What the report's figures say against its own text, and against the previous year's report where one is held.")
            .Resolve(context =>
            {
                var report = context.Source;
                var previousYear = report.Key.PreviousYear is { } previous
                    ? GrainLoaders.Of(context).Reports.Load(previous)
                    : PendingResults.Ready<Report?>(null);
                return previousYear.Map(previousReport => FindingsEngine.Inspect(report, previousReport));
            });

        Field<NonNullGraphType<RevisionConnectionGraphType>, RevisionConnection>("history")
            .Description("The accepted changes of the report, newest first: version, when, by whom, why and what changed.")
            .Arguments(ReportHistoryFields.PagingArguments())
            .ResolveAsync(async context => await ReportHistoryFields.ReadAsync(context, context.Source));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorRevisionGraphType>>>, IEnumerable<Revision>>("indicatorHistory")
            .Description("The revisions that changed one figure, newest first, with the figure before and after each.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The indicator code.")
            .Arguments(ReportHistoryFields.PagingArguments())
            .ResolveAsync(async context => await ReportHistoryFields.ReadIndicatorAsync(context, context.Source, context.GetArgument<string>("code")));
    }

    private void NarrativeList(string name, Func<Report, IReadOnlyList<NarrativeItem>> items, string description) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NarrativeItemGraphType>>>, IEnumerable<NarrativeItem>>(name)
            .Description(description)
            .Argument<SectorGraphType>(SectorArgument, "Only the items of this sector.")
            .Resolve(context =>
            {
                var sector = context.GetArgument<Sector?>(SectorArgument);
                return items(context.Source).Where(item => sector is null || item.Sector == sector);
            });
}
