namespace NamDinh.Graph.Domain.Slices;

/// <summary>
/// One page of a slice: the figures after a position in an order, at most a page's worth, with the count of all
/// the figures the filter takes and whether any come before or after the page.
/// </summary>
public sealed record FigurePage(IReadOnlyList<ProvinceFigure> Figures, int TotalCount, bool HasPreviousPage, bool HasNextPage)
{
    public static FigurePage Of(IEnumerable<ProvinceFigure> figures, FigureFilter filter, FigureOrdering order, int first, FigurePosition? after)
    {
        var sorted = figures.Where(filter.Covers).Select(figure => (Figure: figure, Position: FigurePosition.Of(figure))).ToList();
        sorted.Sort((x, y) => order.Compare(x.Position, y.Position));
        var start = after is null ? 0 : FirstAfter(sorted, order, after);
        var page = sorted.Skip(start).Take(first).Select(entry => entry.Figure).ToList();
        return new FigurePage(page, sorted.Count, start > 0, start + page.Count < sorted.Count);
    }

    /// <summary>The index of the first figure ordered after <paramref name="after"/> (a binary search: the list is sorted).</summary>
    private static int FirstAfter(List<(ProvinceFigure Figure, FigurePosition Position)> sorted, FigureOrdering order, FigurePosition after)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (order.Compare(sorted[middle].Position, after) <= 0)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
}
