using Microsoft.Extensions.Logging;
using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Grains.Storage;
using Orleans.Concurrency;
using Orleans.Storage;

namespace NamDinh.Graph.Grains.Aggregates;

/// <summary>
/// Holds an aggregate across provinces. A province's part that changes it is served at once and stored soon after
/// (<see cref="WriteDelay"/>), with every other change that came meanwhile, and when the grain deactivates: an
/// aggregate is derived from the reports, so a report's change waits for the aggregate to take its part in, never
/// for it to be stored, and many changes cost one aggregate write. Should a crash lose the last unwritten parts, every start sends each
/// stored report's parts again (<see cref="Seeding.ReportSeeder"/>). A contribution that changes nothing (a replay,
/// or a later version that changed the report elsewhere) is not stored.
/// </summary>
public abstract class ProvinceAggregateGrain<T>(IPersistentState<ProvinceAggregateState<T>> state, StorageOptions storage, ILogger logger)
    : Grain, IProvinceAggregateGrain<T>
{
    public static readonly TimeSpan WriteDelay = TimeSpan.FromSeconds(1);

    private ProvinceAggregate<T> _aggregate = new([]);
    private IGrainTimer? _pendingWrite;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _aggregate = new ProvinceAggregate<T>(state.State.Contributions);
        return Task.CompletedTask;
    }

    /// <summary>Stores what is not stored yet; not when an in-memory silo stops, as nothing it holds outlives it.</summary>
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        _pendingWrite is null || (storage.Provider == StorageProvider.Memory && reason.ReasonCode == DeactivationReasonCode.ShuttingDown)
            ? Task.CompletedTask
            : WriteAsync();

    public Task ContributeAsync(ProvinceContribution<T> contribution)
    {
        var (next, outcome) = _aggregate.With(contribution);
        _aggregate = next;
        if (outcome == ContributionOutcome.ContentChanged)
            _pendingWrite ??= this.RegisterGrainTimer(WriteAsync, new GrainTimerCreationOptions(WriteDelay, WriteDelay) { KeepAlive = true });
        return Task.CompletedTask;
    }

    public Task<Immutable<ProvinceAggregate<T>>> GetAsync() => Task.FromResult(new Immutable<ProvinceAggregate<T>>(_aggregate));

    /// <summary>
    /// Stores the aggregate as it is now; on failure the timer tries again. When storage holds another version than the
    /// one this grain read (a write that landed though its answer was lost, or another node's activation wrote), the
    /// grain reads it and keeps, of each province, the later part, so the next try stores both.
    /// </summary>
    private async Task WriteAsync()
    {
        state.State.Contributions = _aggregate.Contributions;
        try
        {
            await state.WriteStateAsync();
            _pendingWrite?.Dispose();
            _pendingWrite = null;
        }
        catch (InconsistentStateException)
        {
            AggregateLog.StoredMeanwhile(logger, this.GetGrainId(), WriteDelay);
            await MergeStoredAsync();
        }
        catch (Exception error)
        {
            AggregateLog.NotStored(logger, error, this.GetGrainId(), WriteDelay);
        }
    }

    private async Task MergeStoredAsync()
    {
        try
        {
            await state.ReadStateAsync();
        }
        catch (Exception error)
        {
            AggregateLog.NotRead(logger, error, this.GetGrainId(), WriteDelay);
            return;
        }
        var merged = new ProvinceAggregate<T>(state.State.Contributions);
        foreach (var part in _aggregate.Contributions)
            merged = merged.With(part).Aggregate;
        _aggregate = merged;
    }
}
