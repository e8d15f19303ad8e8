using NamDinh.Graph.Cli.CommandLine;
using NamDinh.Graph.Cli.Commands;
using NamDinh.Graph.Cli.GraphQL;

namespace NamDinh.Graph.Cli;

/// <summary>
/// namdinh-graph: picks the command the first argument names, reads its options, runs it against the server's
/// GraphQL endpoint and turns what happened into an exit code: 0 done, 1 refused or failed (the server's
/// messages on stderr), 2 bad usage.
/// </summary>
public static class CommandLineTool
{
    public const string ToolName = "namdinh-graph";
    public const string DefaultServer = "http://localhost:5000/graphql";

    /// <summary>The environment variable a token can come from instead of --token, so that it stays out of shell history.</summary>
    public const string TokenVariable = "NAMDINH_GRAPH_TOKEN";

    public static IReadOnlyList<ICommand> Commands { get; } =
        [new ImportReportCommand(), new ImportIndicatorsCommand(), new SetCommand(), new ExportReportCommand(), new HistoryCommand()];

    /// <summary>The options every command takes.</summary>
    public static IReadOnlyList<OptionSpec> CommonOptions { get; } =
    [
        new("server", "URL", $"The server's GraphQL endpoint; {DefaultServer} when not given."),
        new("token", "TOKEN", $"The bearer token to send (changes need an editor's token of the report's province); {TokenVariable} when not given."),
        new("help", null, "Show this text."),
    ];

    /// <summary>Runs the tool on <paramref name="args"/>, talking to the server through <paramref name="http"/>.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, Terminal terminal, HttpClient http)
    {
        if (args.Count == 0)
        {
            terminal.Error.WriteLine("error: give a command.");
            terminal.Error.WriteLine();
            Help.WriteTool(terminal.Error);
            return ExitCodes.BadUsage;
        }
        if (args[0] is "--help" or "-h" or "help")
        {
            Help.WriteTool(terminal.Out);
            return ExitCodes.Success;
        }
        var command = Commands.FirstOrDefault(candidate => candidate.Name == args[0]);
        if (command is null)
        {
            terminal.Error.WriteLine($"error: unknown command '{args[0]}'; the commands are {string.Join(", ", Commands.Select(each => each.Name))}.");
            terminal.Error.WriteLine($"Run '{ToolName} --help' for their usage.");
            return ExitCodes.BadUsage;
        }
        var rest = args.Skip(1).ToList();
        if (rest.Any(arg => arg is "--help" or "-h"))
        {
            Help.WriteCommand(command, terminal.Out);
            return ExitCodes.Success;
        }

        try
        {
            var arguments = CommandArguments.Parse(rest, [.. command.Options, .. CommonOptions]);
            var token = arguments.Value("token") ?? Environment.GetEnvironmentVariable(TokenVariable);
            var server = new GraphQLClient(http, ServerAddress(arguments.Value("server") ?? DefaultServer), string.IsNullOrWhiteSpace(token) ? null : token.Trim());
            return await command.RunAsync(arguments, new CommandContext(terminal, server));
        }
        catch (UsageException usage)
        {
            terminal.Error.WriteLine($"error: {usage.Message}");
            terminal.Error.WriteLine($"Usage: {ToolName} {command.Name} {command.Synopsis}");
            terminal.Error.WriteLine($"Run '{ToolName} {command.Name} --help' for more.");
            return ExitCodes.BadUsage;
        }
        catch (GraphQLErrorsException refused)
        {
            ErrorOutput.Write(terminal.Error, refused.Errors);
            return ExitCodes.Failed;
        }
        catch (ServerAnswerException failure)
        {
            terminal.Error.WriteLine($"error: {failure.Message}");
            return ExitCodes.Failed;
        }
        catch (IOException failure)
        {
            terminal.Error.WriteLine($"error: {failure.Message}");
            return ExitCodes.Failed;
        }
        catch (UnauthorizedAccessException failure)
        {
            terminal.Error.WriteLine($"error: {failure.Message}");
            return ExitCodes.Failed;
        }
    }

    private static Uri ServerAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new UsageException($"Option '--server' takes an http or https URL such as {DefaultServer}, not '{text}'.");
}
