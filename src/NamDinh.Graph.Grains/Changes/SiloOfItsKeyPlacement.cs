using Orleans.Placement;

namespace NamDinh.Graph.Grains.Changes;

/// <summary>
/// Places a grain on the silo its key names (<see cref="SiloAddress.ToParsableString"/>), and nowhere else: when that
/// silo is not in the cluster, the grain is not activated and the call fails (<see cref="SiloOfItsKeyPlacementDirector"/>).
/// </summary>
[Serializable]
public sealed class SiloOfItsKeyPlacement : PlacementStrategy;

[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class PlacedOnTheSiloOfItsKeyAttribute() : PlacementAttribute(new SiloOfItsKeyPlacement());
