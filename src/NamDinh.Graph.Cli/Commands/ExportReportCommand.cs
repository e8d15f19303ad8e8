using System.Text;
using NamDinh.Graph.Cli.CommandLine;
using NamDinh.Graph.Cli.Indicators;
using NamDinh.Graph.Cli.Reports;

namespace NamDinh.Graph.Cli.Commands;

/// <summary>
/// export-report: reads a whole report through the <c>report</c> query and writes it as JSON in the shape of the
/// seed files (which import-report takes back unchanged) or as CSV, one row per figure.
/// </summary>
public sealed class ExportReportCommand : ICommand
{
    public string Name => "export-report";

    public string Summary => "Write a report as JSON (the seed files' shape) or CSV (one row per figure).";

    public string Synopsis => "--province P --year Y [--format json|csv] [--output FILE]";

    public string Description => $"""
        Reads the report with every field through the GraphQL report query and writes it to stdout, or to FILE.
        json: the report in the JSON shape of the seed files, with the version the server holds; import-report
              takes it back unchanged.
        csv:  one row per figure: {string.Join(",", FigureColumns.All)}.
              import-indicators reads it back (it ignores baseValue and valueAsWritten).
        """;

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("province", "P", "The province: slug (\"ha-nam\") or statistical code (\"35\"). Required."),
        new("year", "Y", "The year reported on. Required."),
        new("format", "json|csv", "What to write; json when not given."),
        new("output", "FILE", "Write to FILE instead of stdout."),
    ];

    public IReadOnlyList<string> Examples { get; } =
    [
        "namdinh-graph export-report --province nam-dinh --year 2021 > nam-dinh-2021.json",
        "namdinh-graph export-report --province 35 --year 2021 --format csv --output ha-nam-2021.csv",
    ];

    public async Task<int> RunAsync(CommandArguments arguments, CommandContext context)
    {
        arguments.NoPositionals();
        var province = arguments.Required("province");
        var year = arguments.RequiredInt("year");
        var format = arguments.Value("format") ?? "json";
        if (format is not ("json" or "csv"))
            throw new UsageException($"Option '--format' is json or csv, not '{format}'.");
        var output = arguments.Value("output");

        var served = await new ReportReader(context.Server).ReadAsync(province, year);
        var text = format == "json" ? ReportJsonFile.Write(served.Report) : FigureCsvFile.Write(served.Report);
        if (output is null)
        {
            await context.Terminal.Out.WriteAsync(text);
            return ExitCodes.Success;
        }
        await File.WriteAllTextAsync(output, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        context.Terminal.Out.WriteLine($"Wrote {served.Title}, version {served.Report.Version}, to {output} ({format}).");
        return ExitCodes.Success;
    }
}
