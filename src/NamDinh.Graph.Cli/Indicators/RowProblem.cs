namespace NamDinh.Graph.Cli.Indicators;

/// <summary>What is wrong with a line of a figures CSV.</summary>
public sealed record RowProblem(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
