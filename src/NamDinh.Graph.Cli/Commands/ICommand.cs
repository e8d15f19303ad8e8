using NamDinh.Graph.Cli.CommandLine;

namespace NamDinh.Graph.Cli.Commands;

/// <summary>One command of the tool: its name, what its usage text says, the options it takes, and what it does.</summary>
public interface ICommand
{
    /// <summary>The word that picks the command: "import-report".</summary>
    string Name { get; }

    /// <summary>One line for the tool's list of commands.</summary>
    string Summary { get; }

    /// <summary>The command line after the name, as usage shows it: "&lt;file.json&gt; [--dry-run]".</summary>
    string Synopsis { get; }

    /// <summary>What the command does, in a few lines.</summary>
    string Description { get; }

    IReadOnlyList<OptionSpec> Options { get; }

    IReadOnlyList<string> Examples { get; }

    /// <summary>Runs the command and gives its exit code (<see cref="ExitCodes"/>).</summary>
    Task<int> RunAsync(CommandArguments arguments, CommandContext context);
}
