using NamDinh.Graph.Cli.CommandLine;
using NamDinh.Graph.Cli.GraphQL;
using NamDinh.Graph.Cli.Indicators;
using NamDinh.Graph.Cli.Reports;
using NamDinh.Graph.Domain.Catalog;

namespace NamDinh.Graph.Cli.Commands;

/// <summary>
/// import-indicators: sets a report's figures from a CSV file. The whole file is checked first, and a file with a
/// bad row changes nothing. A real run sends one <c>setIndicator</c> per changed row, each against the version the
/// previous one gave, and stops at the first refusal; a dry run sends no mutation at all.
/// </summary>
public sealed class ImportIndicatorsCommand : ICommand
{
    public string Name => "import-indicators";

    public string Summary => "Set a report's figures from a CSV file, one setIndicator per row.";

    public string Synopsis => "<file.csv> --province P --year Y [--dry-run] [--reason TEXT]";

    public string Description => """
        The CSV has a header line naming its columns: code and value are required; multiplier, unit, status
        (FINAL, ESTIMATE, REVISED), qualifier (EXACT, MORE_THAN, ABOUT, NEARLY), periodYear, fromMonth and
        toMonth are optional. Decimals use '.' as the decimal mark and no thousands separator. An empty cell or
        a missing column keeps what the report has (for a new figure: multiplier 1, FINAL, EXACT, the whole year).
        baseValue and valueAsWritten, which export-report writes, are ignored.

        A row changes the number, multiplier, status, qualifier and period it gives; the rest of the figure stays.
        When the number changes, the source's words about the old number (value as written, source sentence,
        stated comparisons) are dropped; the dry run says so. A row that changes nothing sends nothing.

        The whole file is checked first (format, indicator codes, units and the server's rules for figures);
        any bad row is told with its line number and nothing is changed. Then each changed row is sent with
        setIndicator against the version the previous one gave; at the first refusal the command stops and
        tells which rows were applied. --dry-run sends no mutation: it prints, per row, the current figure and
        the new one, or "unchanged".
        """;

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("province", "P", "The province: slug (\"ha-nam\") or statistical code (\"35\"). Required."),
        new("year", "Y", "The year reported on. Required."),
        new("dry-run", null, "Send no change: print each row's current and new figure."),
        new("reason", "TEXT", "Why the figures change; the report's history keeps it for each."),
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
        var reason = arguments.Value("reason");
        var (output, error) = (context.Terminal.Out, context.Terminal.Error);

        var csv = IndicatorCsv.Read(await InputFile.ReadAsync(file), IndicatorCatalog.Default);
        var served = await new ReportReader(context.Server).ReadAsync(province, year);
        var report = served.Report;
        var changes = csv.Rows.Select(row => FigureChange.Plan(row, report, IndicatorCatalog.Default)).ToList();
        var problems = csv.Problems.Concat(FigureValidation.Check(report, changes)).OrderBy(problem => problem.Line).ToList();
        if (problems.Count > 0)
            return Refuse(error, file, problems);

        var changing = changes.Count(change => !change.Unchanged);
        if (dryRun)
        {
            output.WriteLine($"Dry run: nothing was changed. {served.Title} is at version {report.Version}.");
            foreach (var change in changes)
                WriteRow(output, change, report.Key.Year);
            output.WriteLine($"{changing} of {Rows(changes.Count)} would change the report.");
            return ExitCodes.Success;
        }

        var version = report.Version;
        var applied = new List<int>();
        foreach (var change in changes)
        {
            if (change.Unchanged)
            {
                WriteRow(output, change, report.Key.Year);
                continue;
            }
            try
            {
                var payload = await new SetIndicatorMutation(context.Server).SendAsync(report.Key, change.New!, version, reason);
                version = payload.Version;
                WriteRow(output, change, report.Key.Year, payload.Applied ? $"version {version}" : "the server found nothing to change");
                payload.WriteFindings(output, dryRun: false, indent: "    ");
                if (payload.Applied)
                    applied.Add(change.Row.Line);
            }
            catch (Exception failure) when (failure is GraphQLErrorsException or ServerAnswerException)
            {
                if (failure is GraphQLErrorsException refused)
                    ErrorOutput.Write(error, refused.Errors);
                else
                    error.WriteLine($"error: {failure.Message}");
                var notSent = changes.Where(other => other.Row.Line > change.Row.Line && !other.Unchanged).Select(other => other.Row.Line).ToList();
                error.WriteLine(failure is GraphQLErrorsException
                    ? $"Line {change.Row.Line} ({change.Row.Code}) was refused and not stored."
                    : $"Line {change.Row.Line} ({change.Row.Code}) got no answer: read the report to see whether it was stored.");
                error.WriteLine(applied.Count == 0
                    ? $"No row was applied; {served.Title} is at version {version}."
                    : $"Applied before it: {Lines(applied)}; {served.Title} is at version {version}.");
                if (notSent.Count > 0)
                    error.WriteLine($"Not sent: {Lines(notSent)}.");
                return ExitCodes.Failed;
            }
        }
        output.WriteLine(applied.Count == 0
            ? $"Nothing to change: every row is as {served.Title} has it (version {version})."
            : $"Set {applied.Count} of {Rows(changes.Count)}; {served.Title} is now at version {version}.");
        return ExitCodes.Success;
    }

    /// <summary>"line 2 postal.revenue: 111 × 1000000000 VND, ESTIMATE, EXACT → 112.5 × 1000000000 VND, FINAL, EXACT (version 2)".</summary>
    private static void WriteRow(TextWriter output, FigureChange change, int reportYear, string? note = null)
    {
        var head = $"line {change.Row.Line} {change.Row.Code}:";
        if (change.Unchanged)
        {
            output.WriteLine($"{head} unchanged ({FigureText.Of(change.Current, reportYear)})");
            return;
        }
        output.WriteLine($"{head} {FigureText.Of(change.Current, reportYear)} → {FigureText.Of(change.New, reportYear)}{(note is null ? "" : $" ({note})")}");
        if (change.DropsStatedWords)
            output.WriteLine("    the source's words about the old number (value as written, source sentence, stated comparisons) are dropped");
    }

    private static int Refuse(TextWriter error, string file, IReadOnlyList<RowProblem> problems)
    {
        error.WriteLine($"error: {file} is refused, nothing was changed: {problems.Count} problem{(problems.Count == 1 ? "" : "s")}.");
        foreach (var problem in problems)
            error.WriteLine($"  {problem}");
        return ExitCodes.Failed;
    }

    private static string Rows(int count) => $"{count} row{(count == 1 ? "" : "s")}";

    private static string Lines(IReadOnlyList<int> lines) => (lines.Count == 1 ? "line " : "lines ") + string.Join(", ", lines);
}
