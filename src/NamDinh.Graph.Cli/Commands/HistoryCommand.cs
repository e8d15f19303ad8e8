using System.Text.Json.Nodes;
using NamDinh.Graph.Cli.CommandLine;
using NamDinh.Graph.Cli.Indicators;
using NamDinh.Graph.Cli.Output;
using NamDinh.Graph.Cli.Reports;

namespace NamDinh.Graph.Cli.Commands;

/// <summary>
/// history: a report's accepted changes, newest first: version, when, by whom, by which mutation and why, and what
/// each touched with the fields it changed; with --code, only the revisions of that figure, before and after.
/// </summary>
public sealed class HistoryCommand : ICommand
{
    public const string ReportQuery = """
        query History($province: String!, $year: Int!, $first: Int = 20) {
          report(province: $province, year: $year) {
            province { code name } year version
            history(first: $first) {
              totalCount
              nodes { version at by reason operation changes { part key fields oldValue newValue } }
            }
          }
        }
        """;

    public const string FigureQuery = """
        query FigureHistory($province: String!, $year: Int!, $code: String!, $first: Int = 20) {
          report(province: $province, year: $year) {
            province { code name } year version
            indicatorHistory(code: $code, first: $first) {
              version at by reason operation
              oldValue { ...Figure }
              newValue { ...Figure }
            }
          }
        }
        """ + "\n" + WholeReportQuery.FigureFragment;

    public string Name => "history";

    public string Summary => "List a report's changes, newest first, or one figure's.";

    public string Synopsis => "--province P --year Y [--code C] [--first N]";

    public string Description => """
        Prints the report's revisions, newest first: version, when (UTC), by whom, the mutation that made it and
        the reason given; under each, the part and item it touched and the fields it changed ("added" or
        "removed" for a whole item). With --code, only the revisions that changed that figure, each with the
        figure before and after.
        """;

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("province", "P", "The province: slug (\"ha-nam\") or statistical code (\"35\"). Required."),
        new("year", "Y", "The year reported on. Required."),
        new("code", "C", "Only the revisions of this figure (an indicator code)."),
        new("first", "N", "How many revisions, newest first: 1–100; 20 when not given."),
    ];

    public IReadOnlyList<string> Examples { get; } =
    [
        "namdinh-graph history --province ha-nam --year 2021",
        "namdinh-graph history --province 35 --year 2021 --code postal.revenue --first 5",
    ];

    public async Task<int> RunAsync(CommandArguments arguments, CommandContext context)
    {
        arguments.NoPositionals();
        var variables = new JsonObject { ["province"] = arguments.Required("province"), ["year"] = arguments.RequiredInt("year") };
        if (arguments.Int("first") is { } first)
            variables["first"] = first;
        var code = arguments.Value("code");
        if (code is not null)
            variables["code"] = code;

        var data = await context.Server.RunAsync(code is null ? ReportQuery : FigureQuery, variables);
        var report = data["report"]!;
        var (title, year) = (ReportTitle.Of(report), report["year"]!.GetValue<int>());
        var output = context.Terminal.Out;
        if (code is null)
        {
            var history = report["history"]!;
            var revisions = history["nodes"]!.AsArray();
            output.WriteLine($"{title} is at version {report["version"]}: {Count(history["totalCount"]!.GetValue<int>(), "revision")}, the newest {revisions.Count} here.");
            foreach (var revision in revisions)
            {
                output.WriteLine(Heading(revision!));
                foreach (var entry in revision!["changes"]!.AsArray())
                    output.WriteLine($"  {entry!["part"],-13} {entry["key"]}: {Fields(entry)}");
            }
        }
        else
        {
            var revisions = report["indicatorHistory"]!.AsArray();
            output.WriteLine($"{title} is at version {report["version"]}: {Count(revisions.Count, "revision")} of {code} here, newest first.");
            foreach (var revision in revisions)
            {
                output.WriteLine(Heading(revision!));
                output.WriteLine($"  {FigureText.Of(Figure(revision!["oldValue"]), year)} → {FigureText.Of(Figure(revision["newValue"]), year)}");
            }
        }
        return ExitCodes.Success;
    }

    /// <summary>"version 2, 2026-12-03T12:54:48.1+00:00, by editor, setIndicator: Final figure".</summary>
    private static string Heading(JsonNode revision) =>
        $"version {revision["version"]}, {revision["at"]}, by {revision["by"]}, {revision["operation"]}" +
        (revision["reason"]?.GetValue<string>() is { Length: > 0 } reason ? $": {reason}" : "");

    private static string Fields(JsonNode entry) =>
        entry["fields"]!.AsArray().Select(field => field!.GetValue<string>()).ToList() is { Count: > 0 } fields ? string.Join(", ", fields)
        : entry["oldValue"] is null ? "added"
        : entry["newValue"] is null ? "removed"
        : "changed";

    private static Domain.Reports.IndicatorValue? Figure(JsonNode? value) => value is null ? null : ReportFromGraphQL.Indicator(value);

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
