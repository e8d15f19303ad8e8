using Microsoft.Extensions.Diagnostics.HealthChecks;
using NamDinh.Graph.Abstractions.Storage;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Api.Hosting.Health;

/// <summary>Healthy while the reports' storage answers within <see cref="Patience"/>.</summary>
public sealed class StorageHealthCheck(IReportStore store) : IHealthCheck
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(Patience);
        try
        {
            await store.CheckReachableAsync(patience.Token);
            return HealthCheckResult.Healthy("Storage answers.");
        }
        catch (Exception error) when (error is StorageUnavailableException or OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus,
                "Storage does not answer: changes are refused with STORAGE_UNAVAILABLE; reports this node holds are still read.");
        }
    }
}
