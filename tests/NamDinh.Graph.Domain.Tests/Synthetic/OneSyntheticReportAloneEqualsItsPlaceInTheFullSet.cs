using System.Text.Json;
using NamDinh.Graph.Domain.Serialization;
using NamDinh.Graph.Domain.Synthetic;

namespace NamDinh.Graph.Domain.Tests;

public sealed class OneSyntheticReportAloneEqualsItsPlaceInTheFullSet
{
    [Theory]
    [InlineData("01", 2019)]
    [InlineData("36", 2021)]
    [InlineData("96", 2023)]
    public void AFreshGeneratorGivesTheSameReportForOneKey(string province, int year)
    {
        var alone = new SyntheticReportGenerator(SyntheticSet.Seed).Generate(province, year);

        Assert.Equal(
            JsonSerializer.Serialize(SyntheticSet.ByKey[alone.Key], ReportJson.Options),
            JsonSerializer.Serialize(alone, ReportJson.Options));
    }

    [Fact]
    public void EveryReportAloneIsTheOneInTheSet()
    {
        var generator = new SyntheticReportGenerator(SyntheticSet.Seed);

        Assert.All(SyntheticSet.Reports, report => Assert.Equal(
            JsonSerializer.Serialize(report, ReportJson.Options),
            JsonSerializer.Serialize(generator.Generate(report.Key), ReportJson.Options)));
    }

    [Fact]
    public void AKeyOutsideTheSetIsRefused()
    {
        var generator = new SyntheticReportGenerator(SyntheticSet.Seed);

        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Generate("36", 2024));
        Assert.Throws<ArgumentException>(() => generator.Generate("99", 2021));
    }
}
