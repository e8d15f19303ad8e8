namespace NamDinh.Graph.Domain.Tests;

/// <summary>The catalog knows every national index the real report ranks the province in, by the name the report gives it.</summary>
public sealed class EveryRankingOfTheSeedIsACatalogIndex
{
    [Fact]
    public void EveryRankingIndexOfTheSeedIsInTheCatalog()
    {
        var unknown = TheSeed.Report.Rankings.Select(ranking => ranking.Index)
            .Where(index => !TheSeed.Catalog.RankingIndexes.Any(definition => definition.Code == index))
            .ToList();

        Assert.True(unknown.Count == 0, $"Not in the catalog's ranking indexes: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void EachIsFoundByCodeUnderTheNameTheReportGives() =>
        Assert.All(TheSeed.Report.Rankings, ranking => Assert.Equal(ranking.Name.Vi, TheSeed.Catalog.FindRankingIndex(ranking.Index)?.Name.Vi));

    [Fact]
    public void EveryRankingIndexCodeIsUnique() =>
        Assert.Equal(TheSeed.Catalog.RankingIndexes.Count, TheSeed.Catalog.RankingIndexes.Select(index => index.Code).Distinct().Count());

    [Fact]
    public void EveryRankingIndexHasVietnameseAndEnglishNames() =>
        Assert.All(TheSeed.Catalog.RankingIndexes, index =>
        {
            Assert.False(string.IsNullOrWhiteSpace(index.Name.Vi));
            Assert.False(string.IsNullOrWhiteSpace(index.Name.EnTranslation));
        });
}
