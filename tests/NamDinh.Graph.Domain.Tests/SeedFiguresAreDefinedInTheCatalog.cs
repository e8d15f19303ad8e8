namespace NamDinh.Graph.Domain.Tests;

/// <summary>The catalog defines every indicator the seed reports, in the unit the seed counts it in, each code once.</summary>
public sealed class SeedFiguresAreDefinedInTheCatalog
{
    [Fact]
    public void EveryCodeOfTheSeedIsInTheCatalog()
    {
        var unknown = TheSeed.Report.Indicators.Select(figure => figure.Code).Where(code => TheSeed.Catalog.Find(code) is null).ToList();

        Assert.True(unknown.Count == 0, $"Not in the catalog: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void EveryFigureIsInTheUnitOfItsIndicator() =>
        Assert.All(TheSeed.Report.Indicators, figure => Assert.Equal(TheSeed.Catalog.Find(figure.Code)?.Unit, figure.Unit));

    [Fact]
    public void EveryCatalogIndicatorCodeIsUnique()
    {
        var repeated = TheSeed.Catalog.Indicators.GroupBy(definition => definition.Code).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.Empty(repeated);
    }

    [Fact]
    public void EveryCatalogUnitCodeIsUnique()
    {
        var repeated = TheSeed.Catalog.Units.GroupBy(unit => unit.Code).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.Empty(repeated);
    }

    [Fact]
    public void EveryCatalogCodeIsDottedLowercase() =>
        Assert.All(TheSeed.Catalog.Indicators, definition => Assert.Matches(@"^[a-z0-9-]+(\.[a-z0-9-]+)+$", definition.Code));

    [Fact]
    public void EveryCatalogNameHasVietnameseAndEnglish()
    {
        var names = TheSeed.Catalog.Indicators.Select(definition => definition.Name).Concat(TheSeed.Catalog.Units.Select(unit => unit.Name));

        Assert.All(names, name =>
        {
            Assert.False(string.IsNullOrWhiteSpace(name.Vi));
            Assert.False(string.IsNullOrWhiteSpace(name.EnTranslation));
        });
    }

    [Fact]
    public void EveryFigureIsInTheSectorOfItsIndicator()
    {
        var sectorOfSection = new Dictionary<string, Reports.Sector>
        {
            ["2.1"] = Reports.Sector.PostalTelecom,
            ["2.2"] = Reports.Sector.InformationTechnology,
            ["2.3"] = Reports.Sector.InformationPress,
            ["2.4"] = Reports.Sector.Inspection,
            ["3.4"] = Reports.Sector.Inspection,
        };

        Assert.All(TheSeed.Report.Indicators, figure => Assert.Equal(sectorOfSection[TheSeed.SourceOf(figure).Section], TheSeed.Catalog.Find(figure.Code)?.Sector));
    }
}
