using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Changes;

/// <summary>
/// What the report catalog knows of a report's changes without reading its history: its latest version, when that
/// version was made and when the report was first made. A time not known is null; a version not known is null (a
/// report registered before the catalog kept marks), and then every question about it has to read its history.
/// </summary>
public sealed record ReportMark(ReportKey Key, long? Version, DateTimeOffset? LatestAt, DateTimeOffset? FirstAt)
{
    public static ReportMark Unknown(ReportKey key) => new(key, null, null, null);

    /// <summary>This mark and another of the same report together: the later version wins; a time once known stays known.</summary>
    public ReportMark With(ReportMark other)
    {
        var first = FirstAt ?? other.FirstAt;
        if (Version is null || other.Version > Version)
            return other with { FirstAt = first };
        if (other.Version == Version)
            return this with { LatestAt = LatestAt ?? other.LatestAt, FirstAt = first };
        return this with { FirstAt = first };
    }

    /// <summary>
    /// The earliest moment the change after version <paramref name="after"/> can have been made: its very time when
    /// the mark knows it (the first or the latest change), the beginning of time when not; null when there is no such change.
    /// </summary>
    public DateTimeOffset? NextChangeNotBefore(long after) => this switch
    {
        { Version: null } => DateTimeOffset.MinValue,
        { Version: var version } when after >= version => null,
        { FirstAt: { } first } when after == 0 => first,
        { LatestAt: { } latest } when after == Version - 1 => latest,
        _ => DateTimeOffset.MinValue,
    };
}
