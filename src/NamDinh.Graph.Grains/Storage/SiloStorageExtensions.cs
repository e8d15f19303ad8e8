using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NamDinh.Graph.Grains.History;
using NamDinh.Graph.Abstractions.Serialization;
using NamDinh.Graph.Grains.Seeding;
using Orleans.Configuration;
using Orleans.Serialization;

namespace NamDinh.Graph.Grains.Storage;

public static class SiloStorageExtensions
{
    /// <summary>The name of the grain storage that report and catalog grains persist to.</summary>
    public const string ReportStorageName = "reports";

    /// <summary>
    /// Everything a silo needs to host the report grains: their storage, chosen by <paramref name="options"/>
    /// and never defaulted, the domain serialization, and the seeding of the real reports (and, when asked, the synthetic ones) at start.
    /// </summary>
    public static ISiloBuilder AddReportGrains(this ISiloBuilder silo, StorageOptions options, SeedingOptions? seeding = null)
    {
        var storageSerializer = new ReportJsonGrainStorageSerializer();
        switch (options.Validate())
        {
            case StorageProvider.AzureTable:
                var tables = new TableServiceClient(options.ConnectionString);
                silo.AddAzureTableGrainStorage(ReportStorageName, table =>
                {
                    table.TableServiceClient = tables;
                    table.TableName = options.TableName;
                    table.GrainStorageSerializer = storageSerializer;
                });
                silo.Services.AddSingleton<IRevisionLog>(new AzureTableRevisionLog(tables, options.RevisionTableName));
                break;
            case StorageProvider.Memory:
                silo.AddMemoryGrainStorage(ReportStorageName, memory => memory.GrainStorageSerializer = storageSerializer);
                silo.Services.AddSingleton<IRevisionLog, InMemoryRevisionLog>();
                break;
        }
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddSerializer(serializer => serializer.AddDomainTypes());
        silo.Services.AddSingleton(seeding ?? new SeedingOptions());
        silo.AddStartupTask<ReportSeeder>();
        return silo;
    }
}
