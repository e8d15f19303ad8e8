using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>Made-up contributions of postal figures to a sector-year aggregate.</summary>
internal static class Contributions
{
    public static ProvinceContribution<IndicatorValue> Of(string provinceCode, long version, params decimal[] postalRevenues) =>
        new(provinceCode, version, true, [.. postalRevenues.Select(revenue => Synthetic.Figure("postal.revenue", revenue, "VND", multiplier: 1_000_000_000m) with { Source = null })]);

    /// <summary>An aggregate that took <paramref name="contributions"/> in the order given.</summary>
    public static ProvinceAggregate<IndicatorValue> Aggregate(params ProvinceContribution<IndicatorValue>[] contributions) =>
        contributions.Aggregate(new ProvinceAggregate<IndicatorValue>([]), (aggregate, contribution) => aggregate.With(contribution).Aggregate);
}
