using Orleans.Concurrency;
using NamDinh.Graph.Domain.Aggregates;

namespace NamDinh.Graph.Abstractions.Aggregates;

/// <summary>
/// An aggregate across provinces, kept current by the report grains: each accepted change of a report sends the
/// report's part, keyed by province, so a replayed or late contribution changes nothing. A slice over all
/// provinces is one call to it.
/// </summary>
[Alias("ndg.ProvinceAggregateGrain`1")]
public interface IProvinceAggregateGrain<T>
{
    /// <summary>Takes in a province's part; acknowledged once what changed is stored.</summary>
    [Alias("ContributeAsync")]
    Task ContributeAsync(ProvinceContribution<T> contribution);

    /// <summary>Every province's part. Immutable: the caller must not change it, and it is not copied.</summary>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<Immutable<ProvinceAggregate<T>>> GetAsync();
}
