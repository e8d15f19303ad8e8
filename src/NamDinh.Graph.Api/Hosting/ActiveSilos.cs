using Orleans.Runtime;

namespace NamDinh.Graph.Api.Hosting;

public static class ActiveSilos
{
    /// <summary>How many silos the cluster's membership holds active, as this node sees it now.</summary>
    public static int CountActiveSilos(this IClusterMembershipService membership) =>
        membership.CurrentSnapshot.Members.Values.Count(member => member.Status == SiloStatus.Active);
}
