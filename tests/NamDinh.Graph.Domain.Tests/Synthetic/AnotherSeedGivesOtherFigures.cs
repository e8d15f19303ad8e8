using NamDinh.Graph.Domain.Synthetic;

namespace NamDinh.Graph.Domain.Tests;

public sealed class AnotherSeedGivesOtherFigures
{
    [Fact]
    public void MostFiguresOfTwoSeedsDiffer()
    {
        var one = new SyntheticReportGenerator(1).GenerateAll().SelectMany(report => report.Indicators).ToList();
        var other = new SyntheticReportGenerator(2).GenerateAll().SelectMany(report => report.Indicators).ToList();

        Assert.Equal(one.Select(value => value.Code), other.Select(value => value.Code));
        var differing = one.Zip(other).Count(pair => pair.First.Value != pair.Second.Value);
        Assert.True(differing > one.Count / 2, $"Only {differing} of {one.Count} figures differ between seeds 1 and 2.");
    }

    [Fact]
    public void TheRankingsOfTwoSeedsDiffer()
    {
        var one = new SyntheticReportGenerator(1).GenerateAll().SelectMany(report => report.Rankings).Select(ranking => ranking.Position);
        var other = new SyntheticReportGenerator(2).GenerateAll().SelectMany(report => report.Rankings).Select(ranking => ranking.Position);

        Assert.NotEqual(one, other);
    }
}
