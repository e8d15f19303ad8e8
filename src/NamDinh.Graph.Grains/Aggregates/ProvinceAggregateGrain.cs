using Orleans.Concurrency;
using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Domain.Aggregates;

namespace NamDinh.Graph.Grains.Aggregates;

/// <summary>
/// Holds an aggregate across provinces and stores it when a province's part changes; a contribution that changes
/// nothing (a replay, or a later version that changed the report elsewhere) is not stored.
/// </summary>
public abstract class ProvinceAggregateGrain<T>(IPersistentState<ProvinceAggregateState<T>> state) : Grain, IProvinceAggregateGrain<T>
{
    private ProvinceAggregate<T> _aggregate = ProvinceAggregate<T>.Empty;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _aggregate = new ProvinceAggregate<T>(state.State.Contributions);
        return Task.CompletedTask;
    }

    public async Task ContributeAsync(ProvinceContribution<T> contribution)
    {
        var (next, outcome) = _aggregate.With(contribution);
        if (outcome == ContributionOutcome.ContentChanged)
        {
            state.State.Contributions = next.Contributions;
            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                state.State.Contributions = _aggregate.Contributions;
                throw;
            }
        }
        _aggregate = next;
    }

    public Task<Immutable<ProvinceAggregate<T>>> GetAsync() => Task.FromResult(new Immutable<ProvinceAggregate<T>>(_aggregate));
}
