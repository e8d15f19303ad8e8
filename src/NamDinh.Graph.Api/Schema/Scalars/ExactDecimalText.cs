using System.Globalization;
using System.Text.RegularExpressions;
using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Api.Schema.Scalars;

/// <summary>
/// Reads a decimal number from text only where a decimal holds it exactly. decimal.Parse rounds what it cannot
/// hold: 1e-400 becomes 0 and a fraction of 60 digits is cut to 28. A figure must be stored as it was sent, so
/// such a number is refused with what is wrong with it instead.
/// </summary>
public static partial class ExactDecimalText
{
    public static decimal Parse(ReadOnlySpan<char> text)
    {
        var written = Number().Match(text.ToString());
        if (!written.Success)
            throw new RefusedNumberException($"'{text}' is not a decimal number; write it like \"8.3\" or \"-28\".");
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var parsed))
            throw new RefusedNumberException($"'{text}' is beyond the largest number a decimal holds, {decimal.MaxValue}.");
        var value = ExactDecimals.Normalize(parsed);
        if (SignificantDigits(written) != SignificantDigits(value))
            throw new RefusedNumberException(
                $"'{text}' cannot be kept exactly: a decimal holds at most 28–29 significant digits and nothing smaller than 1e-28 but zero. Send it with fewer digits.");
        return value;
    }

    /// <summary>The digits that carry a number's value and where the last one stands: "120.50" and "1.205e2" are both ("1205", -1).</summary>
    private static (string Digits, long Exponent) SignificantDigits(Match written)
    {
        var whole = written.Groups["whole"].Value;
        var fraction = written.Groups["fraction"].Value;
        var exponentText = written.Groups["exponent"].Value;
        // An exponent too long for a long is far beyond any decimal either way; only its sign matters.
        var exponent = exponentText.Length == 0 ? 0
            : long.TryParse(exponentText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var stated) ? stated
            : exponentText.StartsWith('-') ? -FarExponent : FarExponent;
        return Trimmed(whole + fraction, Math.Clamp(exponent, -FarExponent, FarExponent) - fraction.Length);
    }

    private static (string Digits, long Exponent) SignificantDigits(decimal value)
    {
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        return point < 0 ? Trimmed(text, 0) : Trimmed(text.Remove(point, 1), -(text.Length - point - 1));
    }

    private static (string Digits, long Exponent) Trimmed(string digits, long exponent)
    {
        var significant = digits.TrimStart('0');
        if (significant.Length == 0)
            return ("", 0);
        var trailing = significant.Length - significant.TrimEnd('0').Length;
        return (significant[..^trailing], exponent + trailing);
    }

    private const long FarExponent = 1L << 40;

    [GeneratedRegex(@"^[+-]?(?=\.?[0-9])(?<whole>[0-9]*)(\.(?<fraction>[0-9]*))?([eE](?<exponent>[+-]?[0-9]+))?$")]
    private static partial Regex Number();
}
