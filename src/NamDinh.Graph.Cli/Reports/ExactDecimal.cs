using System.Globalization;

namespace NamDinh.Graph.Cli.Reports;

/// <summary>
/// Exact numbers as the API writes them: '.' as the decimal mark, no thousands separator, no exponent, no
/// trailing zeros ("130", "8.3"). Never a binary float.
/// </summary>
public static class ExactDecimal
{
    public static bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    public static decimal Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not an exact decimal number.");

    /// <summary>The shortest exact text of <paramref name="value"/>: "130", not "130.0".</summary>
    public static string Format(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>The same number without trailing zeros, so that 130.0 and 130 are stored and compared alike.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
