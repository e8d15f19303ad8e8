using System.Globalization;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Synthetic;

/// <summary>
/// How synthetic text shows that it is made up: every Vietnamese text starts with "Dữ liệu tổng hợp" and every
/// English translation with "[synthetic]", so no one reading a screen or an export can take it for a real report.
/// </summary>
public static class SyntheticText
{
    /// <summary>The start of every Vietnamese text the generator writes ("synthetic data").</summary>
    public const string ViMarker = "Dữ liệu tổng hợp";

    /// <summary>The start of every English translation the generator writes.</summary>
    public const string EnMarker = "[synthetic]";

    /// <summary>Whether <paramref name="text"/> is marked as synthetic Vietnamese text.</summary>
    public static bool IsMarked(string? text) => text is not null && text.StartsWith(ViMarker, StringComparison.Ordinal);

    /// <summary>Whether both languages of <paramref name="text"/> are marked (an absent translation needs no mark).</summary>
    public static bool IsMarked(LocalizedText? text) =>
        text is not null && IsMarked(text.Vi) && (text.EnTranslation is null || text.EnTranslation.StartsWith(EnMarker, StringComparison.Ordinal));

    internal static string Vi(string text) => $"{ViMarker}: {text}";

    internal static LocalizedText Both(string vi, string en) => new(Vi(vi), $"{EnMarker} {en}");

    /// <summary>A number as a Vietnamese report writes it: "1.234.567", "130,4".</summary>
    internal static string Number(decimal value)
    {
        var invariant = value.ToString("#,##0.###", CultureInfo.InvariantCulture);
        return string.Create(invariant.Length, invariant, static (span, source) =>
        {
            for (var index = 0; index < source.Length; index++)
                span[index] = source[index] switch { ',' => '.', '.' => ',', var other => other };
        });
    }
}
