using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// A sector-year aggregate is keyed "InformationTechnology-2021": the key reads back as the sector and year it was
/// written from, and no other spelling reads at all.
/// </summary>
public sealed class ASectorYearKeyReadsAsItIsWritten
{
    public static TheoryData<Sector, int> SectorsAndYears()
    {
        var data = new TheoryData<Sector, int>();
        foreach (var sector in Enum.GetValues<Sector>())
            foreach (var year in new[] { 2000, 2019, 2021, 2023, 2100 })
                data.Add(sector, year);
        return data;
    }

    [Fact]
    public void AKeyIsTheSectorAndTheYear() =>
        Assert.Equal("InformationTechnology-2021", new SectorYear(Sector.InformationTechnology, 2021).ToString());

    [Theory]
    [MemberData(nameof(SectorsAndYears))]
    public void AWrittenKeyReadsBack(Sector sector, int year) =>
        Assert.Equal(new SectorYear(sector, year), SectorYear.Parse(new SectorYear(sector, year).ToString()));

    [Theory]
    [InlineData("Foo-2021")]
    [InlineData("InformationTechnology-02021")]
    [InlineData("InformationTechnology-")]
    [InlineData("InformationTechnology")]
    [InlineData("informationTechnology-2021")]
    [InlineData("InformationTechnology-+2021")]
    [InlineData("InformationTechnology- 2021")]
    [InlineData(" InformationTechnology-2021")]
    [InlineData("InformationTechnology 2021")]
    [InlineData("InformationTechnology--2021")]
    [InlineData("-2021")]
    [InlineData("2-2021")]
    [InlineData("General,PostalTelecom-2021")]
    [InlineData("")]
    public void AnyOtherSpellingIsRefused(string text) =>
        Assert.Throws<FormatException>(() => SectorYear.Parse(text));

    /// <summary>A number that names no sector is no key, though it is written back as itself.</summary>
    [Theory]
    [InlineData("99-2021")]
    [InlineData("-1-2021")]
    public void ANumberThatNamesNoSectorIsRefused(string text) =>
        Assert.Throws<FormatException>(() => SectorYear.Parse(text));
}
