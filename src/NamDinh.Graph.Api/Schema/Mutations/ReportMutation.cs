using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Api.Schema.Inputs;
using NamDinh.Graph.Api.Schema.Payloads;
using NamDinh.Graph.Api.Schema.Scalars;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Api.Schema.Mutations;

/// <summary>
/// Changes to reports. Each is validated, checked against the expected version, recorded as a revision with
/// who and why, and answers with the changed object, the new version and the findings it raised or cleared.
/// </summary>
public sealed class ReportMutation : ObjectGraphType
{
    public ReportMutation()
    {
        Name = "Mutation";

        Change<SetIndicatorInputGraphType, SetIndicatorInput, SetIndicatorPayloadGraphType>("setIndicator",
            "Sets a figure: replaces the report's figure of that indicator code, or adds it.",
            (input, _) => new SetIndicator(IndicatorValueOf(input)), "indicators", (input, _) => input.Code);
        Change<RemoveIndicatorInputGraphType, RemoveIndicatorInput, RemoveIndicatorPayloadGraphType>("removeIndicator",
            "Removes a figure from a report.",
            (input, _) => new RemoveIndicator(input.Code), "indicators", (input, _) => input.Code);

        foreach (var list in new[] { NarrativeList.Tasks, NarrativeList.Priorities })
        {
            var noun = list == NarrativeList.Tasks ? "Task" : "Priority";
            var part = list == NarrativeList.Tasks ? "tasks" : "priorities";
            Change<AddNarrativeItemInputGraphType, AddNarrativeItemInput, NarrativeItemPayloadGraphType>($"add{noun}",
                $"Adds a {noun.ToLowerInvariant()} to a section, at a position or last.",
                (input, _) => new AddNarrativeItem(list, input.Sector, input.Section ?? ReportTemplate.SectionOf(list, input.Sector), new LocalizedText(input.Text, input.TextEn), input.Position),
                part, (_, _) => null);
            Change<UpdateNarrativeItemInputGraphType, UpdateNarrativeItemInput, NarrativeItemPayloadGraphType>($"update{noun}",
                $"Changes a {noun.ToLowerInvariant()}'s sector, text, translation or position.",
                (input, key) => new UpdateNarrativeItem(list, ItemKey(input.Id, key), input.Sector, input.Text, input.TextEn, input.Position),
                part, (input, key) => ItemKey(input.Id, key));
            Change<RemoveNarrativeItemInputGraphType, RemoveNarrativeItemInput, RemoveNarrativeItemPayloadGraphType>($"remove{noun}",
                $"Removes a {noun.ToLowerInvariant()}.",
                (input, key) => new RemoveNarrativeItem(list, ItemKey(input.Id, key)), part, (input, key) => ItemKey(input.Id, key));
        }

        Change<SetRankingInputGraphType, SetRankingInput, SetRankingPayloadGraphType>("setRanking",
            "Sets the report's place in a national index.",
            (input, _) => new SetRanking(new Ranking(input.Index, RankingName(input), input.Position, input.Total, input.EditionYear, input.Source)),
            "rankings", (input, _) => input.Index);
        Change<CreateReportInputGraphType, CreateReportInput, ReportPayloadGraphType>("createReport",
            "Creates an empty report for a province of 2021 and any year; ALREADY_EXISTS if there is one.",
            (input, key) => new CreateReport(key, input.Synthetic), "report", (_, _) => null);

        Field<ReportPayloadGraphType, ChangeOutcome>("importReport")
            .Description("Imports a whole report in the JSON shape of the report files: all of it or none of it. With dryRun it tells what would change and changes nothing.")
            .Argument<NonNullGraphType<ImportReportInputGraphType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ImportReportInput>("input");
                var report = ReadReport(input.Report);
                var key = ReportChanges.KeyOf(report.Key.ProvinceCode, report.Key.Year, "input.report.key.provinceCode", "input.report.key.year");
                if (key.ProvinceCode != report.Key.ProvinceCode)
                    throw ClientErrors.BadUserInput("input.report.key.provinceCode",
                        $"A report's key names its province by statistical code: \"{key.ProvinceCode}\", not \"{report.Key.ProvinceCode}\".");
                return await ReportChanges.ApplyAsync(context, key, new ImportReport(report), input.ExpectedVersion, input.Reason, "report", null, input.DryRun);
            });
    }

    private void Change<TInputGraphType, TInput, TPayloadGraphType>(
        string name, string description, Func<TInput, ReportKey, ReportEdit> edit, string part, Func<TInput, ReportKey, string?> itemKey)
        where TInputGraphType : IInputObjectGraphType
        where TInput : ReportChangeInput
        where TPayloadGraphType : ReportChangePayloadGraphType =>
        Field<TPayloadGraphType, ChangeOutcome>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputGraphType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<TInput>("input");
                var key = ReportChanges.KeyOf(input.Province, input.Year);
                return await ReportChanges.ApplyAsync(context, key, edit(input, key), input.ExpectedVersion, input.Reason, part, itemKey(input, key), input.DryRun);
            });

    /// <summary>The key within the report of the task or priority an input's id names: its global id, or the key itself.</summary>
    private static string ItemKey(string given, ReportKey report) => ItemKeys.Of(given, "NarrativeItem", report, "input.id");

    private static IndicatorValue IndicatorValueOf(SetIndicatorInput input) => new(
        input.Code,
        input.Value,
        input.Unit ?? IndicatorCatalog.Default.Find(input.Code)?.Unit ?? "",
        input.Multiplier,
        input.ValueAsWritten ?? ExactDecimalGraphType.Format(input.Value),
        input.Status,
        input.Qualifier,
        input.QualifierAsWritten,
        input.Period ?? ReportPeriod.WholeYear(input.Year),
        input.Comparisons ?? StatedComparisons.None,
        input.Source,
        input.PlanValue);

    private static LocalizedText RankingName(SetRankingInput input) =>
        input.Name is not null ? new LocalizedText(input.Name, input.NameEn)
        : IndicatorCatalog.Default.FindRankingIndex(input.Index)?.Name ?? new LocalizedText(input.Index);

    private static Report ReadReport(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Report>(json, ReportJson.Options)
                ?? throw ClientErrors.BadUserInput("input.report", "The report is empty: send a report as JSON in the shape of the report files.");
        }
        catch (JsonException error)
        {
            throw ClientErrors.BadUserInput("input.report", $"The report is not a report in the expected JSON shape: {error.Message}");
        }
    }
}
