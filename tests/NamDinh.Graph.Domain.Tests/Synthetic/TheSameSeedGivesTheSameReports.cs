using System.Text.Json;
using NamDinh.Graph.Domain.Serialization;
using NamDinh.Graph.Domain.Synthetic;

namespace NamDinh.Graph.Domain.Tests;

public sealed class TheSameSeedGivesTheSameReports
{
    [Fact]
    public void TwoGeneratorsOfOneSeedWriteTheSameJson()
    {
        var first = JsonSerializer.Serialize(new SyntheticReportGenerator(7).GenerateAll(), ReportJson.Options);
        var second = JsonSerializer.Serialize(new SyntheticReportGenerator(7).GenerateAll(), ReportJson.Options);

        Assert.Equal(first, second);
    }

    [Fact]
    public void GeneratingAgainFromTheSameGeneratorChangesNothing()
    {
        var generator = new SyntheticReportGenerator(7);

        Assert.Equal(
            JsonSerializer.Serialize(generator.GenerateAll(), ReportJson.Options),
            JsonSerializer.Serialize(generator.GenerateAll(), ReportJson.Options));
    }
}
