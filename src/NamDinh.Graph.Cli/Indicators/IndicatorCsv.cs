using NamDinh.Graph.Cli.Csv;
using NamDinh.Graph.Cli.Reports;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Cli.Indicators;

/// <summary>
/// Reads a figures CSV whole before anything is sent: the header must name known columns (code and value at
/// least), and every row must hold a known indicator code once, an exact decimal value with '.' as the decimal
/// mark, a status of FINAL, ESTIMATE or REVISED, a qualifier of EXACT, MORE_THAN, ABOUT or NEARLY, and a period
/// whole or not at all (setIndicator takes a period whole). Every
/// problem is told with its line, so a file is fixed in one go.
/// </summary>
public static class IndicatorCsv
{
    /// <summary>The rows that could be read, and the problems of the file and of the rows that could not.</summary>
    public sealed record Result(IReadOnlyList<IndicatorRow> Rows, IReadOnlyList<RowProblem> Problems);

    public static Result Read(string text, IndicatorCatalog catalog)
    {
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = CsvReader.Read(text);
        }
        catch (CsvFormatException error)
        {
            return new Result([], [new RowProblem(error.Line, error.Message[(error.Message.IndexOf(':') + 2)..])]);
        }
        if (records.Count == 0)
            return new Result([], [new RowProblem(1, $"the file is empty; it needs a header ({string.Join(",", FigureColumns.Required)}, …) and a row per figure.")]);

        var header = records[0];
        var problems = new List<RowProblem>();
        var columns = ReadHeader(header, problems);
        if (problems.Count > 0)
            return new Result([], problems);
        if (records.Count == 1)
            return new Result([], [new RowProblem(header.Line, "the file has a header but no figures.")]);

        var rows = new List<IndicatorRow>();
        var firstLineOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            var row = ReadRow(record, columns, catalog, problems);
            if (row is null)
                continue;
            if (firstLineOfCode.TryGetValue(row.Code, out var first))
            {
                problems.Add(new RowProblem(record.Line, $"'{row.Code}' is set on line {first} already; a file sets each figure once."));
                continue;
            }
            firstLineOfCode[row.Code] = record.Line;
            rows.Add(row);
        }
        return new Result(rows, problems);
    }

    private static Dictionary<string, int> ReadHeader(CsvRecord header, List<RowProblem> problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < header.Cells.Count; index++)
        {
            var name = header.Cells[index];
            if (!FigureColumns.All.Contains(name))
                problems.Add(new RowProblem(header.Line, $"unknown column '{name}'; the columns are {string.Join(", ", FigureColumns.All)}."));
            else if (!columns.TryAdd(name, index))
                problems.Add(new RowProblem(header.Line, $"column '{name}' is named twice."));
        }
        foreach (var required in FigureColumns.Required.Where(required => !columns.ContainsKey(required)))
            problems.Add(new RowProblem(header.Line, $"the header has no '{required}' column; the first line must name the columns, e.g. code,value,multiplier,status,qualifier."));
        return columns;
    }

    private static IndicatorRow? ReadRow(CsvRecord record, Dictionary<string, int> columns, IndicatorCatalog catalog, List<RowProblem> problems)
    {
        var before = problems.Count;
        void Problem(string message) => problems.Add(new RowProblem(record.Line, message));

        if (record.Cells.Count != columns.Count)
        {
            Problem($"{record.Cells.Count} cells, but the header names {columns.Count} columns.");
            return null;
        }
        string? Cell(string column) => columns.TryGetValue(column, out var index) && record.Cells[index].Length > 0 ? record.Cells[index] : null;

        var code = Cell(FigureColumns.Code);
        var definition = code is null ? null : catalog.Find(code);
        if (code is null)
            Problem("the code is empty.");
        else if (definition is null)
            Problem($"'{code}' is not an indicator code; the query indicatorDefinitions lists them.");

        decimal? value = null;
        if (Cell(FigureColumns.Value) is not { } valueText)
            Problem("the value is empty.");
        else if (ExactDecimal.TryParse(valueText, out var parsed))
            value = ExactDecimal.Normalize(parsed);
        else
            Problem($"value '{valueText}' is not a decimal number; write it with '.' as the decimal mark and no thousands separator (1234.5).");

        var multiplier = OptionalDecimal(Cell(FigureColumns.Multiplier), "multiplier", Problem);
        var unit = Cell(FigureColumns.Unit);
        if (unit is not null && definition is not null && unit != definition.Unit)
            Problem($"'{code}' is counted in '{definition.Unit}', not '{unit}'.");
        var status = OptionalEnum<ValueStatus>(Cell(FigureColumns.Status), "status", Problem);
        var qualifier = OptionalEnum<Qualifier>(Cell(FigureColumns.Qualifier), "qualifier", Problem);
        var periodYear = OptionalInt(Cell(FigureColumns.PeriodYear), FigureColumns.PeriodYear, Problem);
        var fromMonth = OptionalInt(Cell(FigureColumns.FromMonth), FigureColumns.FromMonth, Problem);
        var toMonth = OptionalInt(Cell(FigureColumns.ToMonth), FigureColumns.ToMonth, Problem);
        if ((periodYear, fromMonth, toMonth) is not (null, null, null) and not ({ }, { }, { }))
            Problem($"a period is given whole: {FigureColumns.PeriodYear}, {FigureColumns.FromMonth} and {FigureColumns.ToMonth} together, or none of them.");

        return problems.Count > before
            ? null
            : new IndicatorRow(record.Line, code!, value!.Value, multiplier, unit, status, qualifier, periodYear, fromMonth, toMonth);
    }

    private static decimal? OptionalDecimal(string? text, string column, Action<string> problem)
    {
        if (text is null)
            return null;
        if (ExactDecimal.TryParse(text, out var value))
            return ExactDecimal.Normalize(value);
        problem($"{column} '{text}' is not a decimal number; write it with '.' as the decimal mark and no thousands separator.");
        return null;
    }

    private static int? OptionalInt(string? text, string column, Action<string> problem)
    {
        if (text is null)
            return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
            return value;
        problem($"{column} '{text}' is not a whole number.");
        return null;
    }

    private static TEnum? OptionalEnum<TEnum>(string? text, string column, Action<string> problem) where TEnum : struct, Enum
    {
        if (text is null)
            return null;
        if (GraphQLEnum.TryParse<TEnum>(text) is { } value)
            return value;
        problem($"{column} '{text}' is not one of {string.Join(", ", GraphQLEnum.Names<TEnum>())}.");
        return null;
    }
}
