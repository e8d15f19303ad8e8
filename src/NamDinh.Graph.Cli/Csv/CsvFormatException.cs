namespace NamDinh.Graph.Cli.Csv;

/// <summary>The text is not CSV: an unclosed quote, text after a closing quote. <see cref="Line"/> says where.</summary>
public sealed class CsvFormatException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
