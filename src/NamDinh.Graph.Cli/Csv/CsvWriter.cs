namespace NamDinh.Graph.Cli.Csv;

/// <summary>
/// Writes CSV records as RFC 4180 reads them: a cell with a comma, quote or line break goes in quotes. A cell a
/// spreadsheet would run as a formula is escaped (<see cref="SpreadsheetFormulas"/>).
/// </summary>
public sealed class CsvWriter(TextWriter output)
{
    public void WriteRecord(IEnumerable<string?> cells) =>
        output.Write(string.Join(',', cells.Select(cell => Cell(cell is null ? null : SpreadsheetFormulas.Escape(cell)))) + "\n");

    private static string Cell(string? text) =>
        text is null ? ""
        : text.IndexOfAny([',', '"', '\n', '\r']) >= 0 || text != text.Trim() ? "\"" + text.Replace("\"", "\"\"") + "\""
        : text;
}
