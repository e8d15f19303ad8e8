namespace NamDinh.Graph.Cli;

/// <summary>What the tool's exit code tells a script.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>The server answered with an error or refused a change, or a file's content was refused; stderr says why.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself is wrong: an unknown command or option, a missing or malformed argument.</summary>
    public const int BadUsage = 2;
}
