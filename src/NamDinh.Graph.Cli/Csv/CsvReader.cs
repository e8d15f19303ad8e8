using System.Text;

namespace NamDinh.Graph.Cli.Csv;

/// <summary>
/// Reads CSV as RFC 4180 writes it: comma-separated cells, a cell in double quotes may hold commas, line breaks
/// and doubled quotes (""). Each record keeps the line it starts on, so problems can name it. Blank lines are
/// skipped; a byte-order mark is ignored. A cell the writer escaped against spreadsheet formulas is read without
/// the escape.
/// </summary>
public static class CsvReader
{
    public static IReadOnlyList<CsvRecord> Read(string text)
    {
        var records = new List<CsvRecord>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var cellWasQuoted = false;
        var index = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        void EndCell()
        {
            cells.Add(SpreadsheetFormulas.Unescape(cellWasQuoted ? cell.ToString() : cell.ToString().Trim()));
            cell.Clear();
            cellWasQuoted = false;
        }

        void EndRecord()
        {
            EndCell();
            if (cells.Count > 1 || cells[0].Length > 0)
                records.Add(new CsvRecord(recordLine, cells.ToList()));
            cells.Clear();
        }

        for (; index < text.Length; index++)
        {
            var c = text[index];
            if (quoted)
            {
                if (c == '"' && index + 1 < text.Length && text[index + 1] == '"')
                {
                    cell.Append('"');
                    index++;
                }
                else if (c == '"')
                    quoted = false;
                else
                {
                    if (c == '\n')
                        line++;
                    cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when cell.ToString().Trim().Length == 0 && !cellWasQuoted:
                    cell.Clear();
                    quoted = true;
                    cellWasQuoted = true;
                    break;
                case '"':
                    throw new CsvFormatException(line, $"line {line}: a quote inside an unquoted cell; put the whole cell in quotes and double the quote (\"\").");
                case ',':
                    EndCell();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (cellWasQuoted && !char.IsWhiteSpace(c))
                        throw new CsvFormatException(line, $"line {line}: text after a closing quote.");
                    if (!cellWasQuoted)
                        cell.Append(c);
                    break;
            }
        }
        if (quoted)
            throw new CsvFormatException(recordLine, $"line {recordLine}: a quoted cell is never closed.");
        EndRecord();
        return records;
    }
}
