using System.Globalization;
using System.Text;

namespace NamDinh.Graph.Api.Tests.Differential;

/// <summary>
/// The string literals of C# and JavaScript source, as their programs see them: escapes decoded, raw strings without
/// their indentation. A literal with an interpolation hole (<c>$"…{x}…"</c>, <c>`…${x}…`</c>) is left out, since its
/// text is only known when it runs. Comments are skipped; a JavaScript regular expression is told from a division by
/// what comes before it.
/// </summary>
public static class StringLiterals
{
    public static IEnumerable<string> OfCSharp(string source)
    {
        var found = new List<string>();
        var at = 0;
        while (at < source.Length)
        {
            var c = source[at];
            if (c == '/' && Next(source, at) == '/')
                at = SkipLine(source, at);
            else if (c == '/' && Next(source, at) == '*')
                at = SkipBlock(source, at);
            else if (c == '\'')
                at = SkipQuoted(source, at, '\'');
            else if (c is '"' or '$' or '@' && StartsCSharpString(source, at))
                at = ReadCSharpString(source, at, found);
            else if (char.IsLetterOrDigit(c) || c == '_')
                at = SkipWord(source, at);
            else
                at++;
        }
        return found;
    }

    public static IEnumerable<string> OfJavaScript(string source)
    {
        var found = new List<string>();
        var at = 0;
        var last = '\0';
        var lastWord = "";
        while (at < source.Length)
        {
            var c = source[at];
            if (c == '/' && Next(source, at) == '/')
            {
                at = SkipLine(source, at);
                continue;
            }
            if (c == '/' && Next(source, at) == '*')
            {
                at = SkipBlock(source, at);
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                at++;
                continue;
            }
            if (c is '\'' or '"')
            {
                var end = SkipQuoted(source, at, c);
                found.Add(Unescape(source[(at + 1)..Math.Max(at + 1, end - 1)]));
                at = end;
            }
            else if (c == '`')
            {
                at = ReadTemplate(source, at, found);
            }
            else if (c == '/' && (last is '\0' or '(' or ',' or '=' or ':' or '[' or '!' or '&' or '|' or '?' or '{' or '}' or ';' or '+' or '-' or '*' or '%' or '<' or '>' or '~' or '^'
                || lastWord is "return" or "typeof" or "case" or "of" or "in"))
            {
                at = SkipRegex(source, at);
            }
            else if (char.IsLetterOrDigit(c) || c is '_' or '$')
            {
                var end = SkipWord(source, at);
                lastWord = source[at..end];
                at = end;
                last = 'a';
                continue;
            }
            else
            {
                at++;
            }
            last = c is '\'' or '"' or '`' ? 'a' : c;
            lastWord = "";
        }
        return found;
    }

    private static char Next(string source, int at) => at + 1 < source.Length ? source[at + 1] : '\0';

    private static int SkipLine(string source, int at)
    {
        var end = source.IndexOf('\n', at);
        return end < 0 ? source.Length : end + 1;
    }

    private static int SkipBlock(string source, int at)
    {
        var end = source.IndexOf("*/", at + 2, StringComparison.Ordinal);
        return end < 0 ? source.Length : end + 2;
    }

    private static int SkipWord(string source, int at)
    {
        while (at < source.Length && (char.IsLetterOrDigit(source[at]) || source[at] is '_' or '$'))
            at++;
        return at;
    }

    /// <summary>Past the closing quote of a literal quoted with <paramref name="quote"/> and backslash escapes.</summary>
    private static int SkipQuoted(string source, int at, char quote)
    {
        for (at++; at < source.Length; at++)
        {
            if (source[at] == '\\')
                at++;
            else if (source[at] == quote || source[at] == '\n')
                return at + 1;
        }
        return at;
    }

    private static int SkipRegex(string source, int at)
    {
        var inClass = false;
        for (at++; at < source.Length && source[at] != '\n'; at++)
        {
            var c = source[at];
            if (c == '\\')
                at++;
            else if (c == '[')
                inClass = true;
            else if (c == ']')
                inClass = false;
            else if (c == '/' && !inClass)
                return at + 1;
        }
        return at;
    }

    private static int ReadTemplate(string source, int at, List<string> found)
    {
        var text = new StringBuilder();
        var holes = false;
        for (at++; at < source.Length; at++)
        {
            var c = source[at];
            if (c == '\\' && at + 1 < source.Length)
            {
                text.Append('\\').Append(source[++at]);
            }
            else if (c == '$' && Next(source, at) == '{')
            {
                holes = true;
                at = SkipHole(source, at + 1);
            }
            else if (c == '`')
            {
                if (!holes)
                    found.Add(Unescape(text.ToString()));
                return at + 1;
            }
            else
            {
                text.Append(c);
            }
        }
        return at;
    }

    /// <summary>From the brace opening a template's hole to the one closing it (its own strings and templates skipped).</summary>
    private static int SkipHole(string source, int at)
    {
        var depth = 0;
        for (; at < source.Length; at++)
        {
            var c = source[at];
            if (c == '{')
                depth++;
            else if (c == '}' && --depth == 0)
                return at;
            else if (c is '\'' or '"')
                at = SkipQuoted(source, at, c) - 1;
            else if (c == '`')
                at = ReadTemplate(source, at, []) - 1;
        }
        return at;
    }

    private static bool StartsCSharpString(string source, int at)
    {
        var i = at;
        while (i < source.Length && source[i] is '$' or '@')
            i++;
        return i < source.Length && source[i] == '"' && (at == 0 || !(char.IsLetterOrDigit(source[at - 1]) || source[at - 1] == '_'));
    }

    private static int ReadCSharpString(string source, int at, List<string> found)
    {
        var dollars = 0;
        var verbatim = false;
        for (; source[at] != '"'; at++)
        {
            if (source[at] == '$')
                dollars++;
            else
                verbatim = true;
        }
        var quotes = 0;
        while (at + quotes < source.Length && source[at + quotes] == '"')
            quotes++;
        if (quotes >= 3)
            return ReadRaw(source, at, quotes, dollars, found);
        if (verbatim)
            return ReadVerbatim(source, at, dollars, found);
        return ReadRegular(source, at, dollars, found);
    }

    private static int ReadRaw(string source, int at, int quotes, int dollars, List<string> found)
    {
        var delimiter = new string('"', quotes);
        var start = at + quotes;
        var end = source.IndexOf(delimiter, start, StringComparison.Ordinal);
        if (end < 0)
            return source.Length;
        var content = source[start..end];
        if (dollars == 0 || !content.Contains(new string('{', dollars), StringComparison.Ordinal))
            found.Add(Dedent(content));
        return end + quotes;
    }

    /// <summary>A multi-line raw string without its first and last lines and without the last line's indentation.</summary>
    private static string Dedent(string content)
    {
        var lines = content.Split('\n');
        if (lines.Length < 3)
            return content;
        var indentation = lines[^1].Length;
        return string.Join("\n", lines[1..^1].Select(line => line.Length >= indentation ? line[indentation..] : line.TrimStart()).Select(line => line.TrimEnd('\r')));
    }

    private static int ReadVerbatim(string source, int at, int dollars, List<string> found)
    {
        var text = new StringBuilder();
        var holes = false;
        for (at++; at < source.Length; at++)
        {
            var c = source[at];
            if (c == '"' && Next(source, at) == '"')
            {
                text.Append('"');
                at++;
            }
            else if (c == '"')
            {
                break;
            }
            else if (dollars > 0 && c is '{' or '}')
            {
                if (Next(source, at) == c)
                {
                    text.Append(c);
                    at++;
                }
                else
                {
                    holes = true;
                }
            }
            else
            {
                text.Append(c);
            }
        }
        if (!holes)
            found.Add(text.ToString());
        return at + 1;
    }

    private static int ReadRegular(string source, int at, int dollars, List<string> found)
    {
        var end = at + 1;
        var holes = false;
        for (; end < source.Length && source[end] != '"' && source[end] != '\n'; end++)
        {
            if (source[end] == '\\')
                end++;
            else if (dollars > 0 && source[end] is '{' or '}')
            {
                if (Next(source, end) == source[end])
                    end++;
                else
                    holes = true;
            }
        }
        if (!holes)
        {
            var text = Unescape(source[(at + 1)..Math.Min(end, source.Length)]);
            found.Add(dollars > 0 ? text.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal) : text);
        }
        return end + 1;
    }

    /// <summary>Decodes the backslash escapes C# and JavaScript share.</summary>
    private static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
            return text;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                result.Append(text[i]);
                continue;
            }
            var c = text[++i];
            switch (c)
            {
                case 'n': result.Append('\n'); break;
                case 'r': result.Append('\r'); break;
                case 't': result.Append('\t'); break;
                case '0': result.Append('\0'); break;
                case 'u' when i + 4 < text.Length && int.TryParse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    result.Append((char)code);
                    i += 4;
                    break;
                case '\n': break;
                default: result.Append(c); break;
            }
        }
        return result.ToString();
    }
}
