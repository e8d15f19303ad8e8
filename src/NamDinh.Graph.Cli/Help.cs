using NamDinh.Graph.Cli.CommandLine;
using NamDinh.Graph.Cli.Commands;

namespace NamDinh.Graph.Cli;

/// <summary>The usage texts: the tool's list of commands, and each command's options and examples.</summary>
public static class Help
{
    public static void WriteTool(TextWriter output)
    {
        output.WriteLine($"{CommandLineTool.ToolName}: import, change, export and trace the provincial annual reports of a NamDinh.Graph server,");
        output.WriteLine("through its GraphQL API over HTTP.");
        output.WriteLine();
        output.WriteLine($"Usage: {CommandLineTool.ToolName} <command> [options]");
        output.WriteLine();
        output.WriteLine("Commands:");
        foreach (var command in CommandLineTool.Commands)
            output.WriteLine($"  {command.Name,-19} {command.Summary}");
        output.WriteLine();
        output.WriteLine("Options of every command:");
        WriteOptions(output, CommandLineTool.CommonOptions);
        output.WriteLine();
        WriteExitCodes(output);
        output.WriteLine($"Run '{CommandLineTool.ToolName} <command> --help' for a command's options and examples.");
    }

    public static void WriteCommand(ICommand command, TextWriter output)
    {
        output.WriteLine($"Usage: {CommandLineTool.ToolName} {command.Name} {command.Synopsis} [--server URL] [--token TOKEN]");
        output.WriteLine();
        output.WriteLine(command.Description.TrimEnd());
        output.WriteLine();
        output.WriteLine("Options:");
        WriteOptions(output, [.. command.Options, .. CommandLineTool.CommonOptions]);
        output.WriteLine();
        output.WriteLine("Examples:");
        foreach (var example in command.Examples)
            output.WriteLine($"  {example}");
        output.WriteLine();
        WriteExitCodes(output);
    }

    private static void WriteOptions(TextWriter output, IEnumerable<OptionSpec> options)
    {
        foreach (var option in options)
            output.WriteLine($"  {option.Synopsis,-24} {option.Description}");
    }

    private static void WriteExitCodes(TextWriter output) =>
        output.WriteLine("Exit codes: 0 done; 1 the server refused or failed (its messages, codes and fields on stderr); 2 bad usage.");
}
