using Microsoft.Extensions.DependencyInjection;
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
    /// and never defaulted, the domain serialization, and the seeding of the real reports at start.
    /// </summary>
    public static ISiloBuilder AddReportGrains(this ISiloBuilder silo, StorageOptions options)
    {
        var storageSerializer = new ReportJsonGrainStorageSerializer();
        switch (options.Validate())
        {
            case StorageProvider.AzureTable:
                silo.AddAzureTableGrainStorage(ReportStorageName, table =>
                {
                    table.TableServiceClient = new Azure.Data.Tables.TableServiceClient(options.ConnectionString);
                    table.TableName = options.TableName;
                    table.GrainStorageSerializer = storageSerializer;
                });
                break;
            case StorageProvider.Memory:
                silo.AddMemoryGrainStorage(ReportStorageName, memory => memory.GrainStorageSerializer = storageSerializer);
                break;
        }
        silo.Services.AddSerializer(serializer => serializer.AddDomainTypes());
        silo.AddStartupTask<ReportSeeder>();
        return silo;
    }
}
