using System.Text.Json;
using System.Text.Json.Nodes;
using NamDinh.Graph.Cli.CommandLine;
using NamDinh.Graph.Cli.Output;

namespace NamDinh.Graph.Cli.Commands;

/// <summary>
/// import-report: sends a report file (the JSON shape of the seed files) to <c>importReport</c>, which
/// replaces the report of the file's province and year, or creates it, all or nothing.
/// </summary>
public sealed class ImportReportCommand : ICommand
{
    public const string Mutation = """
        mutation ImportReport($input: ImportReportInput!) {
          importReport(input: $input) {
            applied
            version
            changes { part key }
            findingsRaised { kind subject message }
            findingsCleared { kind subject message }
            report { province { code name } year }
          }
        }
        """;

    public string Name => "import-report";

    public string Summary => "Import a whole report from a JSON file in the shape of the seed files.";

    public string Synopsis => "<file.json> [--dry-run] [--reason TEXT] [--expected-version N] [--confirm-implausible] [--idempotency-key K]";

    public string Description => """
        Sends the file's report to the server's importReport mutation. The file names its province and year
        (its "key"); the server replaces that report with it, or creates it, all of it or none of it.
        Prints what changed (part and key of each change), the new version and the findings raised or cleared.
        The file's "version" is not imported: the server counts versions.
        The import is sent with an idempotency key made from the file's bytes and the options, so running the same command again
        after a timeout within 24 hours answers as the first run did and imports nothing twice.
        """;

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("dry-run", null, "Only tell what importing would change; change nothing."),
        new("reason", "TEXT", "Why the report is imported; the report's history keeps it."),
        new("expected-version", "N", "The version the report is at; refused with VERSION_CONFLICT if it is at another (0: it must not exist yet)."),
        WriteOptions.ConfirmImplausible,
        WriteOptions.IdempotencyKey("when not given, \"import-report:\" and a SHA-256 of the file and the options"),
    ];

    public IReadOnlyList<string> Examples { get; } =
    [
        "namdinh-graph import-report tests/data/ha-nam-2021.synthetic.json --dry-run",
        "namdinh-graph import-report report.json --reason \"Figures from the final report\" --expected-version 3",
    ];

    public async Task<int> RunAsync(CommandArguments arguments, CommandContext context)
    {
        var file = arguments.SinglePositional("report file (JSON)");
        var dryRun = arguments.Has("dry-run");
        var expectedVersion = arguments.Int("expected-version");
        var text = await InputFile.ReadAsync(file);

        var input = new JsonObject
        {
            ["report"] = text,
            ["dryRun"] = dryRun,
            ["reason"] = arguments.Value("reason"),
            ["expectedVersion"] = expectedVersion,
        };
        WriteOptions.With(input, arguments, arguments.Value("idempotency-key") ?? await FileIdempotencyKey.OfAsync(Name, file, arguments.Value("reason"), expectedVersion, arguments.Has("confirm-implausible")));
        var data = await context.Server.RunAsync(Mutation, new JsonObject { ["input"] = input });
        var payload = ChangePayload.Read(data["importReport"]);
        var title = payload.Title ?? TitleFromFile(text);

        var output = context.Terminal.Out;
        if (dryRun)
        {
            output.WriteLine($"Dry run: nothing was changed. {title} is {(payload.Version == 0 ? "not held yet" : $"at version {payload.Version}")}.");
            if (payload.Changes.Count == 0)
                output.WriteLine("Importing the file would change nothing: the report is already as in the file.");
            else
                output.WriteLine($"Importing the file would make {Count(payload.Changes.Count, "change")}{(payload.Version == 0 ? ", creating the report at version 1" : $", giving version {payload.Version + 1}")}:");
        }
        else if (!payload.Applied)
            output.WriteLine($"Nothing changed: {title} is already as in the file, at version {payload.Version}.");
        else
            output.WriteLine($"Imported {title}: {Count(payload.Changes.Count, "change")}, now at version {payload.Version}.");

        foreach (var change in payload.Changes)
            output.WriteLine($"  {change.Part,-13} {change.Key}");
        payload.WriteFindings(output, dryRun);
        return ExitCodes.Success;
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>"The report 35-2021", from the file's key, for a report the server does not hold (yet).</summary>
    private static string TitleFromFile(string text)
    {
        try
        {
            var key = JsonNode.Parse(text)?["key"];
            return $"The report {key?["provinceCode"]?.GetValue<string>()}-{key?["year"]?.GetValue<int>()}";
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException)
        {
            return "The report";
        }
    }
}
