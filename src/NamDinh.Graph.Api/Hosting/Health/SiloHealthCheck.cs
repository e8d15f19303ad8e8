using Microsoft.Extensions.Diagnostics.HealthChecks;
using NamDinh.Graph.Grains.Cluster;

namespace NamDinh.Graph.Api.Hosting.Health;

/// <summary>Healthy while this node's silo is an active member of its cluster: it can host grains and reach the others.</summary>
public sealed class SiloHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        var active = membership.CountActiveSilos();
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"The silo {silo.SiloAddress} is active; the cluster has {active} active silos.")
            : new HealthCheckResult(context.Registration.FailureStatus, $"The silo {silo.SiloAddress} is {status}, not active."));
    }
}
