using System.Text.Json.Nodes;

namespace NamDinh.Graph.Cli.Tests;

/// <summary>The report query gives every field of the real Nam Định report: its export is the seed file itself.</summary>
[Collection(ServerCollection.Name)]
public sealed class TheSeedReportExportsAsItsFile(ApiFactory server)
{
    [Fact]
    public async Task Nam_Dinh_2021_exports_as_the_seed_file()
    {
        var tool = new Tool(server);

        var export = await tool.RunAsync("export-report", "--province", "nam-dinh", "--year", "2021");

        Assert.True(export.ExitCode == 0, export.ToString());
        var seed = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("src/NamDinh.Graph.Domain/Seed/nam-dinh-2021.json")))!;
        var exported = JsonNode.Parse(export.Output)!;
        Assert.Equal(await tool.VersionOfAsync("nam-dinh", 2021), exported["version"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(TestData.WithoutVersion(seed), TestData.WithoutVersion(exported)), "The export differs from the seed file.");
    }
}
