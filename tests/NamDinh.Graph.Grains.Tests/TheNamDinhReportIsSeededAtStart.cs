using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Tests.Clusters;
using static NamDinh.Graph.Grains.Tests.ReportJsonText;

namespace NamDinh.Graph.Grains.Tests;

/// <summary>A silo that has started serves the real Nam Định 2021 report, as the seed file holds it, without anyone writing it.</summary>
[Collection(MemoryClusterCollection.Name)]
public sealed class TheNamDinhReportIsSeededAtStart(MemoryCluster cluster)
{
    private IReportGrain NamDinh2021 => cluster.Grains.GetReportGrain(new ReportKey("36", 2021));

    [Fact]
    public async Task TheReportIsVersionOneWith41FiguresAnd5Rankings()
    {
        var report = await NamDinh2021.GetAsync();

        Assert.NotNull(report);
        Assert.Equal((1L, 41, 5), (report.Version, report.Indicators.Count, report.Rankings.Count));
        Assert.Equal("Nam Định", report.Document.Place);
        Assert.False(report.Synthetic);
    }

    [Fact]
    public async Task TheReportIsTheSeedFileWordForWord() =>
        Assert.Equal(Json(SyntheticReports.NamDinh2021), Json(await NamDinh2021.GetAsync()));

    [Fact]
    public async Task TheCatalogListsIt() =>
        Assert.Contains(new ReportKey("36", 2021), await cluster.Grains.GetReportCatalog().ListAsync());
}
