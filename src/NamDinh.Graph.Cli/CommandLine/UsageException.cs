namespace NamDinh.Graph.Cli.CommandLine;

/// <summary>The command line is wrong; the message says how. The tool exits with <see cref="ExitCodes.BadUsage"/>.</summary>
public sealed class UsageException(string message) : Exception(message);
