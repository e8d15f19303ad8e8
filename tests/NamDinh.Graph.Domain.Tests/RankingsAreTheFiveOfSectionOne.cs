namespace NamDinh.Graph.Domain.Tests;

/// <summary>Section 1 ranks the province in five national indices, each "xếp thứ N/63"; the report names no edition year.</summary>
public sealed class RankingsAreTheFiveOfSectionOne
{
    [Fact]
    public void TheFiveRankingsAreInTheOrderOfTheSource() =>
        Assert.Equal(
            [("ict-index", 11, 63), ("dti", 11, 63), ("par-index-modernisation", 14, 63), ("online-public-service-portal", 6, 63), ("provincial-web-portal", 11, 63)],
            TheSeed.Report.Rankings.Select(ranking => (ranking.Index, ranking.Position, ranking.Total)));

    [Fact]
    public void EachRankingIsOneBulletOfSectionOne()
    {
        var bullets = SourceReport.BulletsBetween("1. Kết quả hoạt động nổi bật", "2. Kết quả").Select(bullet => bullet.TrimEnd(';', '.'));

        Assert.Equal(bullets, TheSeed.Report.Rankings.Select(ranking => TheSeed.SourceOf(ranking).Sentence));
        Assert.All(TheSeed.Report.Rankings, ranking => Assert.Equal("1", TheSeed.SourceOf(ranking).Section));
    }

    [Fact]
    public void NoEditionYearIsInvented() =>
        Assert.All(TheSeed.Report.Rankings, ranking => Assert.Null(ranking.EditionYear));
}
