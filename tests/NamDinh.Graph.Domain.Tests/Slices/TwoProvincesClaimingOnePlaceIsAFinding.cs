using NamDinh.Graph.Domain.Findings;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// An index that gives each place to one province cannot have two provinces' reports both claim a place: the table
/// keeps both entries and raises one finding naming both provinces.
/// </summary>
public sealed class TwoProvincesClaimingOnePlaceIsAFinding
{
    private const int Year = 2022;

    [Fact]
    public void HaNoiClaimingNamDinhsPlaceIsOneFinding()
    {
        var place = Rankings.PositionOf(Year, "36", "ict-index");

        var tables = Rankings.TablesWith(Year, "ict-index", ("01", ranking => ranking with { Position = place }));

        var finding = Assert.Single(tables.SelectMany(table => table.Findings));
        var ict = tables.Single(table => table.Index.Code == "ict-index");
        Assert.Same(finding, Assert.Single(ict.Findings));
        Assert.Equal((FindingKind.PlaceClaimedByMoreThanOne, "ict-index"), (finding.Kind, finding.Subject));
        Assert.Contains("Hà Nội (01)", finding.Message);
        Assert.Contains("Nam Định (36)", finding.Message);
        Assert.Equal([("position", (decimal)place), ("claimants", 2m)], finding.Figures.Select(figure => (figure.Name, figure.Value)));
        Assert.Equal(["01", "36"], ict.Entries.Where(entry => entry.Ranking.Position == place).Select(entry => entry.Report.ProvinceCode));
        Assert.Equal(63, ict.Entries.Count);
    }

    [Fact]
    public void ThreeClaimantsOfOnePlaceAreStillOneFinding()
    {
        var place = Rankings.PositionOf(Year, "36", "dti");

        var tables = Rankings.TablesWith(Year, "dti", ("01", ranking => ranking with { Position = place }), ("02", ranking => ranking with { Position = place }));

        var finding = Assert.Single(tables.SelectMany(table => table.Findings));
        Assert.Contains(finding.Figures, figure => figure.Name == "claimants" && figure.Value == 3m);
    }

    [Fact]
    public void TwoPlacesClaimedTwiceAreTwoFindings()
    {
        var (first, second) = (Rankings.PositionOf(Year, "36", "ict-index"), Rankings.PositionOf(Year, "79", "ict-index"));

        var tables = Rankings.TablesWith(Year, "ict-index", ("01", ranking => ranking with { Position = first }), ("02", ranking => ranking with { Position = second }));

        var findings = tables.Single(table => table.Index.Code == "ict-index").Findings;
        Assert.Equal(2, findings.Count);
        Assert.Equal(2, findings.Select(finding => finding.Id).Distinct().Count());
    }
}
