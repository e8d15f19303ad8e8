using Microsoft.Extensions.Configuration;
using NamDinh.Graph.Grains.Storage;
using Orleans.TestingHost;

namespace NamDinh.Graph.Grains.Tests.Clusters;

/// <summary>
/// A silo configured as the API host configures its own: the <c>Storage</c> section bound to
/// <see cref="StorageOptions"/>, then <see cref="SiloStorageExtensions.AddReportGrains"/>.
/// Its settings come from the cluster builder's properties.
/// </summary>
public sealed class ReportSilo : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        var storage = siloBuilder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        siloBuilder.AddReportGrains(storage);
    }
}
