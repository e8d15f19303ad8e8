using System.Text.Json;
using System.Text.Json.Nodes;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// The seed report written with <see cref="ReportJson.Options"/> and read back is the same report, and the seed
/// file is already in exactly the shape those options write (every member present, names and enums camelCase).
/// </summary>
public sealed class SeedReportSurvivesAJsonRoundTrip
{
    [Fact]
    public void WritingAndReadingBackGivesTheSameJson()
    {
        var written = JsonSerializer.Serialize(TheSeed.Report, ReportJson.Options);
        var readBack = JsonSerializer.Deserialize<Report>(written, ReportJson.Options);

        Assert.NotNull(readBack);
        Assert.Equal(written, JsonSerializer.Serialize(readBack, ReportJson.Options));
    }

    [Fact]
    public void TheSeedFileIsInTheShapeReportJsonWrites()
    {
        var file = JsonNode.Parse(File.ReadAllText(SeedFilePath()));
        var written = JsonNode.Parse(JsonSerializer.Serialize(TheSeed.Report, ReportJson.Options));

        Assert.True(JsonNode.DeepEquals(file, written), "The seed file differs from what ReportJson.Options writes for it.");
    }

    [Fact]
    public void ComputedPropertiesAreNotWritten()
    {
        var written = JsonSerializer.Serialize(TheSeed.Report, ReportJson.Options);

        Assert.DoesNotContain("baseValue", written, StringComparison.Ordinal);
        Assert.DoesNotContain("isWholeYear", written, StringComparison.Ordinal);
        Assert.DoesNotContain("noneProposed", written, StringComparison.Ordinal);
        Assert.DoesNotContain("prioritiesYear", written, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownMemberIsRefused()
    {
        var node = JsonNode.Parse(JsonSerializer.Serialize(TheSeed.Report, ReportJson.Options))!.AsObject();
        node["surprise"] = 1;

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Report>(node.ToJsonString(), ReportJson.Options));
    }

    private static string SeedFilePath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "NamDinh.Graph.Domain", "Seed", "nam-dinh-2021.json");
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException("Could not find src/NamDinh.Graph.Domain/Seed/nam-dinh-2021.json above the test output directory.");
    }
}
