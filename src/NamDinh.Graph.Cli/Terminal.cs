namespace NamDinh.Graph.Cli;

/// <summary>Where the tool writes: results to <see cref="Out"/>, errors and notes to <see cref="Error"/>.</summary>
public sealed record Terminal(TextWriter Out, TextWriter Error);
