namespace NamDinh.Graph.Domain.Validation;

/// <summary>
/// What every text a user writes must be: not empty, not longer than its limit, and without characters that
/// are not text. Control characters other than newline and tab (NUL, ESC of a terminal's escape sequences,
/// the C1 controls) and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, which make a
/// text read in another order than it is stored) are refused. A text of nothing else but them and
/// whitespace is empty.
/// </summary>
public static class TextRule
{
    /// <summary>What is wrong with <paramref name="text"/>, or null when nothing is.</summary>
    public static string? ProblemOf(string text, int maxLength)
    {
        if (text.All(character => char.IsWhiteSpace(character) || IsRefused(character)))
            return "The text is empty.";
        if (text.Length > maxLength)
            return $"The text is {text.Length} characters long; at most {maxLength} are allowed.";
        var index = text.AsSpan().IndexOfAny(RefusedCharacters);
        return index < 0 ? null
            : $"The text holds the control character U+{(int)text[index]:X4} at position {index}; only newline and tab are allowed besides printable characters.";
    }

    public static bool IsRefused(char character) => RefusedCharacters.Contains(character);

    private static readonly System.Buffers.SearchValues<char> RefusedCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(code => (char)code).Where(character => char.IsControl(character) && character is not ('\n' or '\t')),
         .. "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"]);
}
