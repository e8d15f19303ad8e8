using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Abstractions.Reports;

public static class GrainFactoryReportExtensions
{
    public static IReportGrain GetReportGrain(this IGrainFactory grains, ReportKey key) =>
        grains.GetGrain<IReportGrain>(key.ToString());

    public static IReportCatalogGrain GetReportCatalog(this IGrainFactory grains) =>
        grains.GetGrain<IReportCatalogGrain>(IReportCatalogGrain.SingletonKey);
}
