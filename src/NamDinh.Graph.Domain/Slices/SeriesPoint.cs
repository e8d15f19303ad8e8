using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Slices;

/// <summary>
/// One year of a province's indicator: the figure its report states (null where the report states none), the
/// change on the year before computed from the two stored figures, the change the report itself states, and
/// whether they agree at the digits the report writes (null where they cannot be compared).
/// </summary>
public sealed record SeriesPoint(int Year, ProvinceFigure? Figure, ComputedChange? ComputedChange, StatedChange? StatedChange, bool? StatedChangeAgrees)
{
    /// <summary>
    /// The series over the years given, oldest first: <paramref name="figures"/> holds, for each year the province
    /// has a report, the figure it states or null.
    /// </summary>
    public static IReadOnlyList<SeriesPoint> Series(IReadOnlyDictionary<int, ProvinceFigure?> figures)
    {
        var points = new List<SeriesPoint>(figures.Count);
        foreach (var (year, figure) in figures.OrderBy(entry => entry.Key))
        {
            var previous = figures.GetValueOrDefault(year - 1);
            var computed = figure is not null && previous is not null ? ComputedChange.Between(figure.Figure, previous.Figure) : null;
            var stated = figure?.Figure.Comparisons.Change;
            points.Add(new SeriesPoint(year, figure, computed, stated, stated is null ? null : computed?.Agrees(stated)));
        }
        return points;
    }
}
