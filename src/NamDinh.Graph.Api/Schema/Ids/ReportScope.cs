using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Ids;

/// <summary>
/// Which state of a report an object was read from, as the ids of the report and of all in it say: the current report
/// ("36-2021"), the report as it stood at a version ("36-2021@3"), or a change a dry run previewed on a version and
/// never stored ("36-2021@3+dry-run-1a2b3c4d5e6f", the digest of what it would change). Reading the past or a preview
/// therefore never overwrites the present in a client's cache.
/// </summary>
public sealed record ReportScope(ReportKey Key, long? Version, string? Preview = null)
{
    private const string PreviewMark = "+dry-run-";

    /// <summary>The scope as ids write it, made once: every id of every object read from the report begins with it.</summary>
    private readonly string _text = Text(Key, Version, Preview);

    public static ReportScope Current(ReportKey key) => new(key, null);

    public static ReportScope AtVersion(ReportKey key, long version) => new(key, version);

    public static ReportScope Previewed(ReportKey key, long baseVersion, string digest) => new(key, baseVersion, digest);

    public bool IsCurrent => Version is null;

    public bool IsPreview => Preview is not null;

    /// <summary>The state a change started from: the version before the one it made, or the version a preview was made on.</summary>
    public ReportScope Before => Version is { } version
        ? AtVersion(Key, IsPreview ? version : version - 1)
        : throw new InvalidOperationException("The current report has no state before it that its scope can name.");

    public override string ToString() => _text;

    private static string Text(ReportKey key, long? version, string? preview) => version switch
    {
        null => key.ToString(),
        { } at when preview is not null => $"{key}@{at.ToString(CultureInfo.InvariantCulture)}{PreviewMark}{preview}",
        { } at => $"{key}@{at.ToString(CultureInfo.InvariantCulture)}",
    };

    /// <summary>Reads a scope <see cref="ToString"/> wrote; false for any other text.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out ReportScope? scope)
    {
        scope = null;
        var at = text.IndexOf('@');
        if (!ReportKey.TryParse(at < 0 ? text : text[..at], out var key))
            return false;
        if (at < 0)
        {
            scope = Current(key);
            return true;
        }
        var rest = text[(at + 1)..];
        var mark = rest.IndexOf(PreviewMark, StringComparison.Ordinal);
        if (!long.TryParse(mark < 0 ? rest : rest[..mark], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            return false;
        var read = mark < 0 ? AtVersion(key, version) : Previewed(key, version, rest[(mark + PreviewMark.Length)..]);
        if (read.ToString() != text || (mark < 0 ? version < 1 : read.Preview!.Length == 0))
            return false;
        scope = read;
        return true;
    }
}
