using NamDinh.Graph.Grains.Storage;
using Orleans.TestingHost;

namespace NamDinh.Graph.Grains.Tests.Clusters;

/// <summary>Starts one-silo clusters hosting the report grains on the storage named.</summary>
public static class ReportClusters
{
    /// <summary>
    /// Starts a cluster and returns once the silo has started, which includes seeding the real reports.
    /// Clusters given the same <paramref name="serviceId"/> and table share their stored grain state,
    /// as a restarted deployment does.
    /// </summary>
    public static async Task<TestCluster> StartAsync(
        StorageProvider provider, string? connectionString = null, string? tableName = null, string? serviceId = null)
    {
        var builder = new TestClusterBuilder(1);
        builder.Properties[$"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}"] = provider.ToString();
        if (connectionString is not null)
            builder.Properties[$"{StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)}"] = connectionString;
        if (tableName is not null)
            builder.Properties[$"{StorageOptions.SectionName}:{nameof(StorageOptions.TableName)}"] = tableName;
        if (serviceId is not null)
            builder.Options.ServiceId = serviceId;
        builder.AddSiloBuilderConfigurator<ReportSilo>();
        builder.AddClientBuilderConfigurator<ReportClient>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
