using System.Text.Json.Nodes;
using NamDinh.Graph.Cli.CommandLine;
using NamDinh.Graph.Cli.Output;
using NamDinh.Graph.Cli.Reports;

namespace NamDinh.Graph.Cli.Commands;

/// <summary>
/// set: the one-line change of a figure, one <c>setIndicator</c> that sends the value, and the multiplier only when
/// given; everything else the figure states stays as stored.
/// </summary>
public sealed class SetCommand : ICommand
{
    public static readonly string Mutation = ChangePayload.MutationOf("SetIndicator", "setIndicator", "SetIndicatorInput");

    public string Name => "set";

    public string Summary => "Set one figure's value (and multiplier), keeping the rest of it.";

    public string Synopsis => "CODE VALUE --province P --year Y [--multiplier M] [--reason TEXT] [--expected-version N] [--confirm-implausible] [--idempotency-key K] [--dry-run]";

    public string Description => """
        Sends one setIndicator with the figure's code and value, and its multiplier when --multiplier is given.
        What the command does not give (unit, status, qualifier, period, the source's words) stays as the report
        holds it. A figure the report lacks is added (multiplier 1 unless given, FINAL, EXACT, the whole year).
        Prints the figure before and after with the fields that changed, and the report's new version.
        The value is a decimal with '.' as the decimal mark and no thousands separator.
        """;

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("province", "P", "The province: slug (\"ha-nam\") or statistical code (\"35\"). Required."),
        new("year", "Y", "The year reported on. Required."),
        new("multiplier", "M", "1, 1000, 1000000 or 1000000000; left out, the stored multiplier stays."),
        new("reason", "TEXT", "Why the figure changes; the report's history keeps it."),
        new("expected-version", "N", "The version the report is at; refused with VERSION_CONFLICT if it is at another."),
        WriteOptions.ConfirmImplausible,
        WriteOptions.IdempotencyKey("none when not given"),
        new("dry-run", null, "Only tell what the change would do; change nothing."),
    ];

    public IReadOnlyList<string> Examples { get; } =
    [
        "namdinh-graph set postal.revenue 112.5 --province ha-nam --year 2021 --reason \"Final figure\"",
        "namdinh-graph set postal.revenue 112.5 --province 35 --year 2021 --multiplier 1000000000 --idempotency-key fix-postal-2021",
    ];

    public async Task<int> RunAsync(CommandArguments arguments, CommandContext context)
    {
        var (code, value) = arguments.Positionals.Count == 2
            ? (arguments.Positionals[0], Decimal(arguments.Positionals[1], "VALUE"))
            : throw new UsageException($"Give the figure's CODE and VALUE, not {arguments.Positionals.Count} argument{(arguments.Positionals.Count == 1 ? "" : "s")}.");
        var province = arguments.Required("province");
        var year = arguments.RequiredInt("year");
        var dryRun = arguments.Has("dry-run");
        var input = new JsonObject
        {
            ["province"] = province,
            ["year"] = year,
            ["dryRun"] = dryRun,
            ["code"] = code,
            ["value"] = ExactDecimal.Format(value),
        };
        // Only what is given: the server reads an explicit null in setIndicator's input as "clear it".
        if (arguments.Int("expected-version") is { } expectedVersion)
            input["expectedVersion"] = expectedVersion;
        if (arguments.Value("reason") is { } reason)
            input["reason"] = reason;
        if (arguments.Value("multiplier") is { } multiplier)
            input["multiplier"] = ExactDecimal.Format(Decimal(multiplier, "--multiplier"));
        WriteOptions.With(input, arguments, arguments.Value("idempotency-key"));

        var data = await context.Server.RunAsync(Mutation, new JsonObject { ["input"] = input });
        var payload = ChangePayload.Read(data["setIndicator"]);
        var title = payload.Title ?? $"The report {province} {year}";
        var change = payload.Changes.FirstOrDefault(each => each.Key == code);

        var output = context.Terminal.Out;
        if (dryRun)
            output.WriteLine($"Dry run: nothing was changed. {title} is at version {payload.Version}.");
        if (change is null)
            output.WriteLine($"Nothing to change: {code} is already {ExactDecimal.Format(value)}{(input["multiplier"] is { } given ? $" × {given}" : "")}; {title} is at version {payload.Version}.");
        else
        {
            output.WriteLine($"{code}: {FigureChangeLine.Of(change, year)}");
            if (!dryRun)
                output.WriteLine($"{title} is now at version {payload.Version}.");
        }
        payload.WriteFindings(output, dryRun);
        return ExitCodes.Success;
    }

    private static decimal Decimal(string text, string what) =>
        ExactDecimal.TryParse(text, out var number)
            ? number
            : throw new UsageException($"{what} takes a decimal number with '.' as the decimal mark and no thousands separator, not '{text}'.");
}
