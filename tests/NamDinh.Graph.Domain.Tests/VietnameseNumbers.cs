using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// Reads numbers the way the report writes them: '.' followed by exactly three digits separates thousands
/// ("1.600.000"), any other '.' or ',' is the decimal mark ("8,3", "11.5"); "03" is 3; "11/63" is two numbers.
/// </summary>
internal static partial class VietnameseNumbers
{
    public static IEnumerable<(string AsWritten, decimal Value)> In(string text) =>
        Token().Matches(text).Select(match => (match.Value, Parse(match.Value)));

    public static decimal Parse(string token)
    {
        var parts = Part().Matches(token).Select(match => match.Value).ToList();
        var invariant = new StringBuilder(parts[0]);
        for (var index = 1; index + 1 < parts.Count; index += 2)
        {
            var (separator, digits) = (parts[index], parts[index + 1]);
            if (separator != "." || digits.Length != 3)
                invariant.Append('.');
            invariant.Append(digits);
        }
        return decimal.Parse(invariant.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Token();

    [GeneratedRegex(@"\d+|[.,]")]
    private static partial Regex Part();
}
