namespace NamDinh.Graph.Cli.CommandLine;

/// <summary>
/// An option a command takes: <c>--name VALUE</c> when <see cref="ValueName"/> is given, else a flag
/// (<c>--dry-run</c>). The description is the line its usage shows.
/// </summary>
public sealed record OptionSpec(string Name, string? ValueName, string Description)
{
    public bool TakesValue => ValueName is not null;

    public string Synopsis => TakesValue ? $"--{Name} {ValueName}" : $"--{Name}";
}
