using NamDinh.Graph.Cli.Csv;
using NamDinh.Graph.Cli.Reports;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Cli.Indicators;

/// <summary>
/// A report's figures as CSV, one row per figure in the report's order, in <see cref="FigureColumns.All"/>:
/// the file import-indicators reads back, so a figure can be exported, edited and imported.
/// </summary>
public static class FigureCsvFile
{
    public static string Write(Report report)
    {
        using var text = new StringWriter();
        var csv = new CsvWriter(text);
        csv.WriteRecord(FigureColumns.All);
        foreach (var figure in report.Indicators)
            csv.WriteRecord(
            [
                figure.Code,
                ExactDecimal.Format(figure.Value),
                ExactDecimal.Format(figure.Multiplier),
                figure.Unit,
                GraphQLEnum.Name(figure.Status),
                GraphQLEnum.Name(figure.Qualifier),
                figure.Period.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                figure.Period.FromMonth.ToString(System.Globalization.CultureInfo.InvariantCulture),
                figure.Period.ToMonth.ToString(System.Globalization.CultureInfo.InvariantCulture),
                figure.BaseValue is { } baseValue ? ExactDecimal.Format(baseValue) : "",
                figure.ValueAsWritten,
            ]);
        return text.ToString();
    }
}
