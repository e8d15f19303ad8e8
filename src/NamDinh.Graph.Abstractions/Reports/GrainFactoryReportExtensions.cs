using NamDinh.Graph.Abstractions.Grains;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Abstractions.Reports;

public static class GrainFactoryReportExtensions
{
    public static IReportGrain GetReportGrain(this IGrainFactory grains, ReportKey key) =>
        GrainReferences.Of(grains, key, static (factory, report) => factory.GetGrain<IReportGrain>(report.ToString()));

    public static IReportCatalogGrain GetReportCatalog(this IGrainFactory grains) =>
        GrainReferences.Of(grains, IReportCatalogGrain.SingletonKey, static (factory, key) => factory.GetGrain<IReportCatalogGrain>(key));
}
