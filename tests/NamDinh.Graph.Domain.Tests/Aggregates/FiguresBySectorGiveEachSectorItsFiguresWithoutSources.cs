using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// A report contributes to one aggregate per sector the catalog has indicators in: that sector's figures, in the
/// report's order, without their source sentences (which stay in the report), and an empty part where it states none.
/// </summary>
public sealed class FiguresBySectorGiveEachSectorItsFiguresWithoutSources
{
    [Fact]
    public void EachSectorWithIndicatorsGetsTheReportsFiguresOfIt()
    {
        var report = SyntheticSet.ByKey[new("36", 2021)];

        var bySector = ReportContributions.FiguresBySector(report, SyntheticSlices.Catalog);

        Assert.Equal([Sector.PostalTelecom, Sector.InformationTechnology, Sector.InformationPress, Sector.Inspection], bySector.Keys.Order());
        foreach (var (sector, contribution) in bySector)
        {
            Assert.Equal(("36", report.Version, true), (contribution.ProvinceCode, contribution.ReportVersion, contribution.Synthetic));
            Assert.Equal(
                report.Indicators.Where(value => SyntheticSlices.Catalog.Find(value.Code)!.Sector == sector).Select(value => value with { Source = null }),
                contribution.Items);
        }
        Assert.Equal(report.Indicators.Count, bySector.Values.Sum(contribution => contribution.Items.Count));
    }

    [Fact]
    public void ASectorTheReportStatesNothingOfGetsAnEmptyPart()
    {
        var report = Synthetic.WithFigures(Synthetic.Figure("inspection.petitions", 4m, "petition"));

        var bySector = ReportContributions.FiguresBySector(report, SyntheticSlices.Catalog);

        Assert.Single(bySector[Sector.Inspection].Items);
        Assert.All(bySector.Where(entry => entry.Key != Sector.Inspection), entry => Assert.Empty(entry.Value.Items));
    }

    [Fact]
    public void RankingsContributeWithoutTheirSources()
    {
        var report = SyntheticSet.ByKey[new("01", 2023)];

        var contribution = ReportContributions.Rankings(report);

        Assert.Equal(report.Rankings.Select(ranking => ranking with { Source = null }), contribution.Items);
        Assert.All(contribution.Items, ranking => Assert.Null(ranking.Source));
    }
}
