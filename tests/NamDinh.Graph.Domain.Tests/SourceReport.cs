using System.Text.RegularExpressions;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>The real report as plain text, read from the copy next to the test assembly, and the parts of it the tests look at.</summary>
internal static partial class SourceReport
{
    public static string Text { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "nam-dinh-2021-report.vi.txt"));

    public static IReadOnlyList<string> Lines { get; } = Text.Split('\n').Select(line => line.TrimEnd('\r')).ToList();

    private static string Normalised { get; } = NormaliseWhitespace(Text);

    /// <summary>Collapses every run of whitespace to one space; nothing else is changed.</summary>
    public static string NormaliseWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Whether the source holds <paramref name="passage"/> word for word (whitespace aside).</summary>
    public static bool Quotes(string passage) => Normalised.Contains(NormaliseWhitespace(passage), StringComparison.Ordinal);

    /// <summary>
    /// The non-empty lines after the first line starting with <paramref name="heading"/>, up to (not including)
    /// the next line starting with <paramref name="nextHeading"/>.
    /// </summary>
    public static IReadOnlyList<string> LinesBetween(string heading, string nextHeading)
    {
        var start = IndexOfLineStartingWith(heading, 0);
        var end = IndexOfLineStartingWith(nextHeading, start + 1);
        return Lines.Skip(start + 1).Take(end - start - 1).Where(line => line.Trim().Length > 0).ToList();
    }

    /// <summary>The bullets ("- …") between two headings, without their leading "- ".</summary>
    public static IReadOnlyList<string> BulletsBetween(string heading, string nextHeading) =>
        LinesBetween(heading, nextHeading).Where(line => line.StartsWith("- ", StringComparison.Ordinal)).Select(line => line[2..]).ToList();

    private static int IndexOfLineStartingWith(string prefix, int from)
    {
        for (var index = from; index < Lines.Count; index++)
        {
            if (Lines[index].StartsWith(prefix, StringComparison.Ordinal))
                return index;
        }
        throw new InvalidOperationException($"The source has no line starting with '{prefix}' after line {from + 1}.");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
