using NamDinh.Graph.Domain.Editing;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>A ranking is refused unless its index is one the catalog knows and its place lies within 1 and its total.</summary>
public sealed class ARankMustLieWithinItsTotal
{
    [Fact]
    public void APlaceAboveTheTotal() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, SetRanking.Whole(TheSeed.Report.Rankings[0] with { Position = 70, Total = 63 })), "ranking.position");

    [Fact]
    public void PlaceZero() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, SetRanking.Whole(TheSeed.Report.Rankings[0] with { Position = 0 })), "ranking.position");

    [Fact]
    public void ATotalOfNone() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, SetRanking.Whole(TheSeed.Report.Rankings[0] with { Position = 1, Total = 0 })), "ranking.total");

    [Fact]
    public void AnUnknownIndex() =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, SetRanking.Whole(TheSeed.Report.Rankings[0] with { Index = "pci" })), "ranking.index");

    [Fact]
    public void TheLastPlaceIsAccepted() =>
        Assert.Equal(EditStatus.Applied, Edits.Decide(TheSeed.Report, SetRanking.Whole(TheSeed.Report.Rankings[0] with { Position = 63 })).Status);
}
