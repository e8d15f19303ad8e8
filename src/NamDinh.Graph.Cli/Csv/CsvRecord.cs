namespace NamDinh.Graph.Cli.Csv;

/// <summary>One record of a CSV file: the line it starts on (from 1, the header is line 1) and its cells.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Cells);
