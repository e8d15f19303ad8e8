using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace NamDinh.Graph.Abstractions.Grains;

/// <summary>
/// Grain references made once and kept. Orleans reads a grain interface's attributes on every <c>GetGrain</c> call,
/// which showed in the profile of every request; a reference is small, immutable and bound to the factory that made
/// it, so each factory keeps the ones it made. The keys are report keys, sector-years and years, which requests can
/// only name from bounded sets, so this holds at most a few thousand.
/// </summary>
public static class GrainReferences
{
    private static readonly ConditionalWeakTable<IGrainFactory, ConcurrentDictionary<(Type, object), IAddressable>> Made = new();

    public static TGrain Of<TGrain, TKey>(IGrainFactory grains, TKey key, Func<IGrainFactory, TKey, TGrain> make)
        where TGrain : IAddressable
        where TKey : notnull =>
        (TGrain)Made.GetValue(grains, _ => new()).GetOrAdd((typeof(TGrain), key), _ => make(grains, key));
}
