using NamDinh.Graph.Domain.Aggregates;
using Orleans.Concurrency;

namespace NamDinh.Graph.Abstractions.Aggregates;

/// <summary>
/// An aggregate across provinces, kept current by the report grains: each accepted change of a report sends the
/// report's part, keyed by province, so a replayed or late contribution changes nothing. A slice over all
/// provinces is one call to it.
/// </summary>
[Alias("ndg.ProvinceAggregateGrain`1")]
public interface IProvinceAggregateGrain<T>
{
    /// <summary>
    /// Takes in a province's part and answers at once, before it is stored: the aggregate serves it from then on and
    /// writes it behind, about a second later, with the other parts that came meanwhile, so many changes cost one
    /// write. A crash before that write loses it until the report sends its parts again (its next change, or the
    /// refresh at every start); the aggregate is derived from the reports, which are stored.
    /// </summary>
    [Alias("ContributeAsync")]
    Task ContributeAsync(ProvinceContribution<T> contribution);

    /// <summary>
    /// Every province's part as held, including parts not yet written. Immutable: the caller must not change it, and
    /// it is not copied.
    /// </summary>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<Immutable<ProvinceAggregate<T>>> GetAsync();
}
