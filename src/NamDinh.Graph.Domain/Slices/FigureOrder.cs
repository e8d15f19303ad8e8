namespace NamDinh.Graph.Domain.Slices;

/// <summary>What a slice of figures is ordered by.</summary>
public enum FigureOrderField
{
    /// <summary>
    /// The figure in its unit itself (value × multiplier), so 1.2 tỷ comes after 900 triệu. A figure beyond what a
    /// decimal holds has no such value and comes before every other, as the lowest.
    /// </summary>
    Value,
    /// <summary>The province's statistical code: the official order of provinces.</summary>
    Province,
    Year,
    /// <summary>The indicator code.</summary>
    Code,
}

public enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary>One key of a slice's order.</summary>
public sealed record FigureOrder(FigureOrderField Field, SortDirection Direction = SortDirection.Ascending);

/// <summary>
/// Orders figures by the keys asked for, then by province, year and indicator code, which name a figure
/// uniquely: the order is total, so a page boundary falls in one place however the figures tie.
/// </summary>
public sealed class FigureOrdering : IComparer<FigurePosition>
{
    private readonly IReadOnlyList<FigureOrder> _keys;

    public FigureOrdering(IEnumerable<FigureOrder> orders)
    {
        var asked = orders.ToList();
        _keys = [.. asked, .. new[] { FigureOrderField.Province, FigureOrderField.Year, FigureOrderField.Code }
            .Where(field => asked.All(order => order.Field != field))
            .Select(field => new FigureOrder(field))];
    }

    public static FigureOrdering Default { get; } = new([]);

    public int Compare(FigurePosition? x, FigurePosition? y)
    {
        if (x is null || y is null)
            return x is null ? (y is null ? 0 : -1) : 1;
        foreach (var key in _keys)
        {
            var byKey = key.Field switch
            {
                FigureOrderField.Value => Nullable.Compare(x.BaseValue, y.BaseValue),
                FigureOrderField.Province => string.CompareOrdinal(x.ProvinceCode, y.ProvinceCode),
                FigureOrderField.Year => x.Year.CompareTo(y.Year),
                _ => string.CompareOrdinal(x.Code, y.Code),
            };
            if (byKey != 0)
                return key.Direction == SortDirection.Ascending ? byKey : -byKey;
        }
        return 0;
    }
}
