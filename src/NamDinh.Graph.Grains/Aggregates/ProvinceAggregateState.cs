using NamDinh.Graph.Domain.Aggregates;

namespace NamDinh.Graph.Grains.Aggregates;

/// <summary>What an aggregate grain stores: each province's part, as of the report version it came from.</summary>
public sealed class ProvinceAggregateState<T>
{
    public IReadOnlyList<ProvinceContribution<T>> Contributions { get; set; } = [];
}
