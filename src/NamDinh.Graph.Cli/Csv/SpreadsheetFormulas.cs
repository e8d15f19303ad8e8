using System.Text.RegularExpressions;

namespace NamDinh.Graph.Cli.Csv;

/// <summary>
/// A spreadsheet runs a cell that starts with '=', '+', '-', '@', tab or carriage return as a formula, so a text
/// from a report could run in whoever opens the export. Such a cell is written with an apostrophe before it (a
/// spreadsheet then shows it as text) and read back without. A plain number ("-28") is no formula and stays as
/// it is; a text that itself starts with apostrophes before such a character gets one more, so every text
/// reads back as it was written.
/// </summary>
public static partial class SpreadsheetFormulas
{
    private const char Apostrophe = '\'';

    public static string Escape(string cell) => RunsAsFormula(cell.TrimStart(Apostrophe)) && !PlainNumber().IsMatch(cell) ? Apostrophe + cell : cell;

    public static string Unescape(string cell) =>
        cell.StartsWith(Apostrophe) && RunsAsFormula(cell.TrimStart(Apostrophe)) ? cell[1..] : cell;

    private static bool RunsAsFormula(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex PlainNumber();
}
