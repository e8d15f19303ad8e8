using System.Text.Json.Nodes;
using NamDinh.Graph.Cli.CommandLine;
using NamDinh.Graph.Cli.GraphQL;
using NamDinh.Graph.Cli.Indicators;
using NamDinh.Graph.Cli.Output;
using NamDinh.Graph.Domain.Catalog;

namespace NamDinh.Graph.Cli.Commands;

/// <summary>
/// import-indicators: sets a report's figures from a CSV file as one <c>changeReport</c>, a <c>setIndicator</c> per
/// row that gives only the row's columns: one new version, all rows or none. The rows are checked first, and a file
/// with a bad row is not sent; a row the server refuses refuses the whole file, and every refusal is told with its row.
/// </summary>
public sealed class ImportIndicatorsCommand : ICommand
{
    public static readonly string Mutation = ChangePayload.MutationOf("ImportIndicators", "changeReport", "ChangeReportInput");

    public string Name => "import-indicators";

    public string Summary => "Set a report's figures from a CSV file, all rows as one change.";

    public string Synopsis => "<file.csv> --province P --year Y [--dry-run] [--reason TEXT] [--expected-version N] [--confirm-implausible] [--idempotency-key K]";

    public string Description => """
        The CSV has a header line naming its columns: code and value are required; multiplier, unit, status
        (FINAL, ESTIMATE, REVISED), qualifier (EXACT, MORE_THAN, ABOUT, NEARLY), and the period's periodYear,
        fromMonth and toMonth (all three or none) are optional. Decimals use '.' as the decimal mark and no
        thousands separator. An empty cell or a missing column keeps what the report has (for a new figure:
        multiplier 1, FINAL, EXACT, the whole year). baseValue and valueAsWritten, which export-report writes,
        are ignored.

        Each row sets the figure's value and what else it gives, and nothing more: the rest of the figure (its
        value as written, source sentence, stated comparisons, plan) stays as the report holds it.

        The rows are checked first (format, indicator codes, units); any bad row is told with its line number
        and nothing is sent. Then the whole file is sent as one changeReport: the server applies every row as
        one new version, or none. When it refuses, every refusal is told with its line and nothing is changed.
        Rows that change nothing are told "unchanged". --dry-run asks the server what the file would change
        and changes nothing.

        The file is sent with an idempotency key made from its bytes and the options: running the same
        command again after a timeout, within 24 hours, answers as the first run did and applies nothing twice.
        """;

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("province", "P", "The province: slug (\"ha-nam\") or statistical code (\"35\"). Required."),
        new("year", "Y", "The year reported on. Required."),
        new("dry-run", null, "Change nothing: print what each row would change."),
        new("reason", "TEXT", "Why the figures change; the report's history keeps it."),
        new("expected-version", "N", "The version the report is at; refused with VERSION_CONFLICT if it is at another."),
        WriteOptions.ConfirmImplausible,
        WriteOptions.IdempotencyKey("when not given, \"import-indicators:\" and a SHA-256 of the file and the options"),
    ];

    public IReadOnlyList<string> Examples { get; } =
    [
        "namdinh-graph import-indicators tests/data/ha-nam-2021-indicators.synthetic.csv --province ha-nam --year 2021 --dry-run",
        "namdinh-graph import-indicators figures.csv --province 36 --year 2021 --reason \"Final figures\"",
    ];

    public async Task<int> RunAsync(CommandArguments arguments, CommandContext context)
    {
        var file = arguments.SinglePositional("CSV file");
        var province = arguments.Required("province");
        var year = arguments.RequiredInt("year");
        var dryRun = arguments.Has("dry-run");
        var (output, error) = (context.Terminal.Out, context.Terminal.Error);

        var csv = IndicatorCsv.Read(await InputFile.ReadAsync(file), IndicatorCatalog.Default);
        if (csv.Problems.Count > 0)
        {
            error.WriteLine($"error: {file} is refused, nothing was changed: {csv.Problems.Count} problem{(csv.Problems.Count == 1 ? "" : "s")}.");
            foreach (var problem in csv.Problems.OrderBy(problem => problem.Line))
                error.WriteLine($"  {problem}");
            return ExitCodes.Failed;
        }

        var idempotencyKey = arguments.Value("idempotency-key") ?? await FileIdempotencyKey.OfAsync(
            Name, file, province, year, arguments.Value("reason"), arguments.Int("expected-version"), arguments.Has("confirm-implausible"));
        var input = WriteOptions.With(new JsonObject
        {
            ["province"] = province,
            ["year"] = year,
            ["expectedVersion"] = arguments.Int("expected-version"),
            ["reason"] = arguments.Value("reason"),
            ["dryRun"] = dryRun,
            ["changes"] = new JsonArray([.. csv.Rows.Select(SetIndicatorChange.From)]),
        }, arguments, idempotencyKey);

        ChangePayload payload;
        try
        {
            payload = ChangePayload.Read((await context.Server.RunAsync(Mutation, new JsonObject { ["input"] = input }))["changeReport"]);
        }
        catch (GraphQLErrorsException refused)
        {
            foreach (var each in refused.Errors)
                error.WriteLine(RowOfError.Find(each, csv.Rows) is { } row ? $"error: line {row.Line} {row.Code}: {each}" : $"error: {each}");
            error.WriteLine($"{file} is refused whole: no row was applied.");
            return ExitCodes.Failed;
        }
        catch (ServerAnswerException failure)
        {
            error.WriteLine($"error: {failure.Message}");
            error.WriteLine($"The file was sent as one change with idempotency key {idempotencyKey}: run the same command again to learn whether it was applied; it cannot apply twice.");
            return ExitCodes.Failed;
        }

        var title = payload.Title ?? $"The report {province} {year}";
        if (dryRun)
            output.WriteLine($"Dry run: nothing was changed. {title} is at version {payload.Version}.");
        var changing = 0;
        foreach (var row in csv.Rows)
        {
            var change = payload.Changes.FirstOrDefault(each => each.Part == "indicators" && each.Key == row.Code);
            output.WriteLine($"line {row.Line} {row.Code}: {(change is null ? "unchanged" : FigureChangeLine.Of(change, year))}");
            changing += change is null ? 0 : 1;
        }
        output.WriteLine(
            dryRun ? $"{changing} of {Rows(csv.Rows.Count)} would change the report{(changing == 0 ? "" : $", giving version {payload.Version + 1}")}."
            : changing == 0 ? $"Nothing to change: every row is as {title} has it (version {payload.Version})."
            : $"Set {changing} of {Rows(csv.Rows.Count)} as one change; {title} is now at version {payload.Version}.");
        payload.WriteFindings(output, dryRun);
        return ExitCodes.Success;
    }

    private static string Rows(int count) => $"{count} row{(count == 1 ? "" : "s")}";
}
