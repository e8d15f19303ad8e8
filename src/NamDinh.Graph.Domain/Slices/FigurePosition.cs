using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace NamDinh.Graph.Domain.Slices;

/// <summary>
/// Where a figure stands in any order of a slice: which figure it is (province, year, indicator code) and the
/// value it is ordered by. A cursor is a position written as opaque text; paging on from it finds the figures
/// after that position, so a figure added or removed between two pages moves no other figure to another page.
/// <paramref name="BaseValue"/> is null for a figure beyond what a decimal holds (written as "none").
/// </summary>
public sealed record FigurePosition(string ProvinceCode, int Year, string Code, decimal? BaseValue)
{
    private const string Version = "f1";
    private const string NoValue = "none";

    public static FigurePosition Of(ProvinceFigure figure) =>
        new(figure.Report.ProvinceCode, figure.Report.Year, figure.Figure.Code, figure.Figure.BaseValue);

    public string ToCursor() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('\n', Version, ProvinceCode, Year.ToString(CultureInfo.InvariantCulture), Code, BaseValue?.ToString(CultureInfo.InvariantCulture) ?? NoValue)));

    /// <summary>Reads a cursor written by <see cref="ToCursor"/>; false for any other text.</summary>
    public static bool TryParseCursor(string cursor, out FigurePosition position)
    {
        position = null!;
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('\n');
        }
        catch (FormatException)
        {
            return false;
        }
        if (parts is not [Version, var province, var yearText, var code, var valueText] || province.Length == 0 || code.Length == 0
            || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !TryParseValue(valueText, out var value))
            return false;
        position = new FigurePosition(province, year, code, value);
        return true;
    }

    /// <summary>A cursor's value part: a number, or <see cref="NoValue"/> for a figure that has none.</summary>
    private static bool TryParseValue(string text, out decimal? value)
    {
        value = null;
        if (text == NoValue)
            return true;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
            return false;
        value = parsed;
        return true;
    }
}
