using System.Net;
using NamDinh.Graph.Grains.Storage;
using Orleans.Configuration;

namespace NamDinh.Graph.Api.Hosting;

public static class SiloClustering
{
    /// <summary>Joins this node's silo to its cluster as <paramref name="options"/> say: alone on this machine, or through Azure Table membership.</summary>
    public static ISiloBuilder UseConfiguredClustering(this ISiloBuilder silo, OrleansHostingOptions options, StorageOptions storage)
    {
        silo.Configure<ClusterMembershipOptions>(membership => ApplyLiveness(membership, options));
        switch (options.Membership)
        {
            case MembershipProvider.Localhost:
                return silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort,
                    new IPEndPoint(IPAddress.Loopback, options.PrimarySiloPort ?? options.SiloPort), options.ServiceId, options.ClusterId);
            case MembershipProvider.AzureTable:
                var connectionString = options.ConnectionString ?? storage.ConnectionString;
                silo.Configure<ClusterOptions>(cluster =>
                {
                    cluster.ClusterId = options.ClusterId;
                    cluster.ServiceId = options.ServiceId;
                });
                silo.UseAzureStorageClustering(membership =>
                {
                    membership.TableServiceClient = new Azure.Data.Tables.TableServiceClient(connectionString);
                    membership.TableName = options.MembershipTableName;
                });
                if (options.Kubernetes)
                    // Sets the endpoints from POD_IP and the cluster's ids from ORLEANS_CLUSTER_ID and ORLEANS_SERVICE_ID.
                    return silo.UseKubernetesHosting();
                return options.AdvertisedAddress is { } address
                    ? silo.ConfigureEndpoints(IPAddress.Parse(address), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true)
                    : silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Membership, "Orleans:Membership must be one of Localhost, AzureTable.");
        }
    }

    /// <summary>
    /// How soon a silo that answers nothing is declared dead, while one that only answers late is not: probes bounded by
    /// <see cref="OrleansHostingOptions.MaxProbeTimeout"/>, and Orleans' connection liveness check kept on, so a vote is
    /// held back for <c>MaxProbeTimeout × MissedProbesLimit</c> after the last message received from the silo (that
    /// check is what tells a slow node from a frozen one; only its window is shortened, from 60 s to 9 s).
    /// </summary>
    public static void ApplyLiveness(ClusterMembershipOptions membership, OrleansHostingOptions options)
    {
        membership.ProbeTimeout = options.ProbeTimeout;
        membership.MaxProbeTimeout = options.MaxProbeTimeout;
        membership.NumMissedProbesLimit = options.MissedProbesLimit;
        membership.EnableConnectionLivenessCheck = true;
    }
}
