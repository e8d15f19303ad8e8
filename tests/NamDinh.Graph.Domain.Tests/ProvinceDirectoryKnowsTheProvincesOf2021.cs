using NamDinh.Graph.Domain.Provinces;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>The 63 provinces and centrally-run cities of 2021, found by statistical code or slug, for the years the list stood.</summary>
public sealed class ProvinceDirectoryKnowsTheProvincesOf2021
{
    private static ProvinceDirectory Directory => ProvinceDirectory.Default;

    [Fact]
    public void ThereAre63Provinces()
    {
        Assert.Equal(63, Directory.All.Count);
        Assert.Equal(63, Directory.All.Select(province => province.Code).Distinct().Count());
        Assert.Equal(63, Directory.All.Select(province => province.Slug).Distinct().Count());
    }

    [Theory]
    [InlineData("36")]
    [InlineData("nam-dinh")]
    public void NamDinhIsFoundByCodeOrSlug(string codeOrSlug)
    {
        var province = Directory.Find(codeOrSlug);

        Assert.NotNull(province);
        Assert.Equal(("36", "nam-dinh", "Nam Định", ProvinceKind.Province), (province.Code, province.Slug, province.Name, province.Kind));
    }

    [Theory]
    [InlineData("99")]
    [InlineData("atlantis")]
    [InlineData("")]
    public void AnUnknownProvinceIsNull(string codeOrSlug) =>
        Assert.Null(Directory.Find(codeOrSlug));

    [Fact]
    public void In2021ThereAre63() =>
        Assert.Equal(63, Directory.In(2021).Count);

    [Fact]
    public void In2030TheListDoesNotAnswer() =>
        Assert.Empty(Directory.In(2030));

    [Fact]
    public void FindByCodeDoesNotTakeASlug()
    {
        Assert.Equal("Nam Định", Directory.FindByCode("36")?.Name);
        Assert.Null(Directory.FindByCode("nam-dinh"));
    }
}
