using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NamDinh.Graph.Abstractions.Serialization;
using NamDinh.Graph.Grains.Changes;
using NamDinh.Graph.Grains.Seeding;
using Orleans.Serialization;

namespace NamDinh.Graph.Grains.Storage;

public static class SiloStorageExtensions
{
    /// <summary>The name of the grain storage that the catalog and the aggregates persist to (reports have <see cref="IReportStore"/>).</summary>
    public const string ReportStorageName = "reports";

    /// <summary>
    /// Everything a silo needs to host the report grains: their storage, chosen by <paramref name="options"/>
    /// and never defaulted (<see cref="StorageOptionsValidator"/>), the domain serialization, the placement of each node's change inbox, and the seeding of the real reports (and, when asked, the synthetic ones) at start.
    /// </summary>
    public static ISiloBuilder AddReportGrains(this ISiloBuilder silo, StorageOptions options, SeedingOptions? seeding = null)
    {
        var storageSerializer = new ReportJsonGrainStorageSerializer();
        var roundTrips = new StorageRoundTrips();
        silo.Services.AddSingleton(roundTrips);
        silo.Services.TryAddSingleton(options);
        switch (StorageOptionsValidator.Check(options).Provider)
        {
            case StorageProvider.AzureTable:
                var clientOptions = new TableClientOptions();
                // Fails in about a second when storage is down, rather than the SDK's default of several: the client is told
                // STORAGE_UNAVAILABLE and can try again, instead of waiting on a request that cannot succeed.
                clientOptions.Retry.MaxRetries = 3;
                clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(100);
                clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(1);
                clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
                clientOptions.AddPolicy(roundTrips, HttpPipelinePosition.PerRetry);
                var tables = new TableServiceClient(options.ConnectionString, clientOptions);
                silo.AddAzureTableGrainStorage(ReportStorageName, table =>
                {
                    table.TableServiceClient = tables;
                    table.TableName = options.TableName;
                    table.GrainStorageSerializer = storageSerializer;
                });
                silo.Services.AddSingleton<IReportStore>(new AzureTableReportStore(tables, options.ReportTableName));
                break;
            case StorageProvider.Memory:
                silo.AddMemoryGrainStorage(ReportStorageName, memory => memory.GrainStorageSerializer = storageSerializer);
                silo.Services.AddSingleton<IReportStore, InMemoryReportStore>();
                break;
        }
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddSerializer(serializer => serializer.AddDomainTypes());
        silo.Services.TryAddSingleton(seeding ?? new SeedingOptions());
        silo.AddStartupTask<ReportSeeder>();
        // Each node's inbox for changes lives on the node's own silo (ChangeNodeGrain).
        silo.Services.AddPlacementDirector<SiloOfItsKeyPlacement, SiloOfItsKeyPlacementDirector>();
        return silo;
    }
}
