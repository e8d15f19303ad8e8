using System.Text.Json.Nodes;

namespace NamDinh.Graph.Cli.Tests;

/// <summary>
/// The test data of tests/data: a synthetic Hà Nam report (code 35) and a figures CSV for it. Tests that change a
/// report take the same report under another year, so that each has a report of its own on the shared server.
/// </summary>
public static class TestData
{
    public const string Province = "ha-nam";
    public const string ProvinceCode = "35";
    public const int Year = 2021;

    public static string ReportFile { get; } = RepositoryFiles.PathOf("tests/data/ha-nam-2021.synthetic.json");

    public static string IndicatorsCsvFile { get; } = RepositoryFiles.PathOf("tests/data/ha-nam-2021-indicators.synthetic.csv");

    public static JsonObject Report() => (JsonObject)JsonNode.Parse(File.ReadAllText(ReportFile))!;

    /// <summary>
    /// The test report under <paramref name="year"/>, written to a file of its own: its figures are of that year,
    /// and the changes they state are on the year before, as in the file.
    /// </summary>
    public static string ReportFileFor(int year)
    {
        var report = Report();
        report["key"]!["year"] = year;
        foreach (var figure in report["indicators"]!.AsArray())
        {
            figure!["period"]!["year"] = year;
            if (figure["comparisons"]!["change"] is { } change)
                change["comparedToYear"] = year - 1;
        }
        return WriteTemporary(report.ToJsonString(), ".json");
    }

    public static string WriteTemporary(string text, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"namdinh-graph-cli-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The JSON without its version, for comparing reports whose versions differ.</summary>
    public static JsonNode WithoutVersion(JsonNode report)
    {
        var copy = report.DeepClone().AsObject();
        copy.Remove("version");
        return copy;
    }
}
