using NamDinh.Graph.Domain.Findings;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>A ranking stored with a place outside 1 to its total (as an import of old data might hold) is a finding.</summary>
public sealed class ARankMustLieWithinItsTotalToBeBelieved
{
    [Fact]
    public void Place70Of63IsFound()
    {
        var finding = Assert.Single(FindingsEngine.Inspect(Synthetic.WithRankings(Synthetic.Ranking("ict-index", 70, 63))));

        Assert.Equal((FindingKind.RankOutsideTotal, "RankOutsideTotal:ict-index", "ict-index"), (finding.Kind, finding.Id, finding.Subject));
        Assert.Equal([new("position", 70m), new("total", 63m)], finding.Figures);
        Assert.Equal("ict-index xếp thứ 70/63", finding.Source?.Sentence);
    }

    [Fact]
    public void PlaceZeroIsFound() =>
        Assert.Equal([FindingKind.RankOutsideTotal], FindingsEngine.Inspect(Synthetic.WithRankings(Synthetic.Ranking("dti", 0, 63))).Select(finding => finding.Kind));

    [Fact]
    public void TheFirstAndLastPlacesAreNot() =>
        Assert.Empty(FindingsEngine.Inspect(Synthetic.WithRankings(Synthetic.Ranking("dti", 1, 63), Synthetic.Ranking("ict-index", 63, 63))));
}
