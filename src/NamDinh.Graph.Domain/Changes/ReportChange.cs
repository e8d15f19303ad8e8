using System.Globalization;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Changes;

/// <summary>
/// An accepted change of a report as partners receive it: which report, and its revision (version, when, by
/// whom, why, what changed). <see cref="Cursor"/> is where to resume from after this change.
/// </summary>
public sealed record ReportChange(ReportKey Key, Revision Revision)
{
    public ChangeCursor Cursor => new(Key, Revision.Version);
}

/// <summary>
/// A place in a report's stream of changes: "36-2021:5" is after version 5 of Nam Định 2021. Versions count the
/// changes of a report one by one, so a client that has seen version 5 misses nothing by asking for what follows it.
/// </summary>
public sealed record ChangeCursor(ReportKey Key, long Version)
{
    public override string ToString() => $"{Key}:{Version.ToString(CultureInfo.InvariantCulture)}";

    public static bool TryParse(string text, out ChangeCursor cursor)
    {
        cursor = null!;
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !ReportKey.TryParse(text[..colon], out var key))
            return false;
        cursor = new ChangeCursor(key, version);
        return true;
    }
}
