using Orleans.Runtime.Placement;

namespace NamDinh.Graph.Grains.Changes;

/// <summary>Chooses, for a grain placed by <see cref="SiloOfItsKeyPlacement"/>, the silo its key names, if it is in the cluster.</summary>
public sealed class SiloOfItsKeyPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var key = target.GrainIdentity.Key.ToString() ?? "";
        SiloAddress silo;
        try
        {
            silo = SiloAddress.FromParsableString(key);
        }
        catch (Exception error) when (error is FormatException or ArgumentException or IndexOutOfRangeException)
        {
            throw new OrleansException($"Grain {target.GrainIdentity} is placed on the silo its key names, and '{key}' names none.", error);
        }
        if (!context.GetCompatibleSilos(target).Contains(silo))
            throw new OrleansException($"Grain {target.GrainIdentity} lives only on silo {silo}, which is not an active member of the cluster.");
        return Task.FromResult(silo);
    }
}
