using System.Text.Json;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Reports;
using NamDinh.Graph.Api.Schema.Inputs;
using NamDinh.Graph.Api.Schema.Payloads;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;

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

        Change<SetIndicatorInputGraphType, SetIndicatorPayloadGraphType>("setIndicator",
            "Sets facts of a figure: those given replace what the report holds, those left out keep it, null clears it; a new figure is added. A new value keeps the figure's other facts, and its source reads as stating the value it stated.");
        Change<ReplaceIndicatorInputGraphType, SetIndicatorPayloadGraphType>("replaceIndicator",
            "Replaces a figure whole, on purpose: what the input leaves out takes a new figure's default. Adds it when the report has none.");
        Change<RemoveIndicatorInputGraphType, RemoveIndicatorPayloadGraphType>("removeIndicator", "Removes a figure from a report.");

        foreach (var list in new[] { NarrativeList.Tasks, NarrativeList.Priorities })
        {
            var noun = list == NarrativeList.Tasks ? "task" : "priority";
            Change<AddNarrativeItemInputGraphType, NarrativeItemPayloadGraphType>(NarrativeMutations.Of("add", list),
                $"Adds a {noun} to a section, at a position or last.", list);
            Change<UpdateNarrativeItemInputGraphType, NarrativeItemPayloadGraphType>(NarrativeMutations.Of("update", list),
                $"Changes a {noun}'s sector, text, translation or position; what is left out stays as it is.", list);
            Change<RemoveNarrativeItemInputGraphType, RemoveNarrativeItemPayloadGraphType>(NarrativeMutations.Of("remove", list),
                $"Removes a {noun}.", list);
        }

        Change<SetRankingInputGraphType, SetRankingPayloadGraphType>("setRanking",
            "Sets facts of the report's place in a national index: those given replace what the report holds, those left out keep it; a new ranking is added.");
        Change<CreateReportInputGraphType, ReportPayloadGraphType>("createReport",
            "Creates an empty report for a province of 2021 and any year; ALREADY_EXISTS if there is one.");
        Change<ChangeReportInputGraphType, ChangeReportPayloadGraphType>("changeReport",
            "Applies many changes of one report in order, as one: all or none, one new version, one revision, one storage round trip; subscribers get an event per figure changed.");

        Field<ReportPayloadGraphType, ChangeOutcome>("importReport")
            .Description("Imports a whole report in the JSON shape of the report files: all of it or none of it. With dryRun it tells what would change and changes nothing.")
            .Argument<NonNullGraphType<ImportReportInputGraphType>>("input")
            .Resolve()
            .WithService<ReportEditing>()
            .ResolveAsync(async (context, editing) =>
            {
                ReportPermissions.RequireSomeEditor(context.User);
                var input = context.GetArgument<ImportReportInput>("input");
                var report = ReadReport(input.Report);
                var key = ReportChanges.KeyOf(report.Key.ProvinceCode, report.Key.Year, "input.report.key.provinceCode", "input.report.key.year");
                if (key.ProvinceCode != report.Key.ProvinceCode)
                    throw ClientErrors.BadUserInput("input.report.key.provinceCode",
                        $"A report's key names its province by statistical code: \"{key.ProvinceCode}\", not \"{report.Key.ProvinceCode}\".");
                return await ReportChanges.ApplyAsync(context, editing, key, new ImportReport(report), input.Options, ReportParts.WholeReport, null);
            });
    }

    /// <summary>A mutation of one kind of change; <paramref name="list"/> names the list a change of tasks or priorities is in.</summary>
    private void Change<TInputGraphType, TPayloadGraphType>(string name, string description, NarrativeList? list = null)
        where TInputGraphType : ReportChangeInputGraphType
        where TPayloadGraphType : ReportChangePayloadGraphType =>
        Field<TPayloadGraphType, ChangeOutcome>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputGraphType>>("input")
            .Resolve()
            .WithService<ReportEditing>()
            .ResolveAsync(async (context, editing) =>
            {
                var input = context.GetArgument<ReportChangeInput>("input");
                var draft = list is { } named && input.Change is INarrativeDraft narrative ? narrative.In(named) : input.Change;
                var key = ReportChanges.KeyOf(input.Province, input.Year);
                if (draft is ChangeReportDraft { Changes.Count: > ChangeListFields.MostChanges } tooMany)
                    throw ClientErrors.BadUserInput("input.changes", $"A changeReport takes at most {ChangeListFields.MostChanges} changes, not {tooMany.Changes.Count}; send them in parts.");
                return await ReportChanges.ApplyAsync(context, editing, key, draft.ToEdit(key, "input"), input.Options, draft.Part, draft.ItemKey(key, "input"), draft);
            });

    private static Report ReadReport(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Report>(json, ReportJson.Options)
                ?? throw ClientErrors.BadUserInput("input.report", "The report is empty: send a report as JSON in the shape of the report files.");
        }
        catch (JsonException error)
        {
            // The parser's own message names .NET types; the client is told where, in the JSON's terms.
            throw ClientErrors.BadUserInput("input.report",
                $"The report is not a report in the expected JSON shape (the report files' shape): the value at {error.Path ?? "$"} (line {error.LineNumber + 1}, position {error.BytePositionInLine + 1}) does not fit there.");
        }
    }
}
