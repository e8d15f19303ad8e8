namespace NamDinh.Graph.Grains.Cluster;

public static class ActiveSilos
{
    /// <summary>The silos the cluster's membership holds active, as this silo sees it now.</summary>
    public static IReadOnlyCollection<SiloAddress> ActiveSiloAddresses(this IClusterMembershipService membership) =>
        [.. membership.CurrentSnapshot.Members.Values.Where(member => member.Status == SiloStatus.Active).Select(member => member.SiloAddress)];

    /// <summary>How many silos the cluster's membership holds active, as this silo sees it now.</summary>
    public static int CountActiveSilos(this IClusterMembershipService membership) =>
        membership.CurrentSnapshot.Members.Values.Count(member => member.Status == SiloStatus.Active);
}
