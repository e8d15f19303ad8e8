using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Differential;

/// <summary>Real values of the data the servers hold, read from them: so that most generated queries find something.</summary>
public sealed class DataPools
{
    private const string Discovery = """
        query Discovery {
          reports(first: 400) { id key year province { id code slug } }
          indicatorDefinitions { id code }
          rankingIndexes { id code }
          units { id code }
        }
        """;

    private const string Details = """
        query Details($province: String!, $year: Int!) {
          report(province: $province, year: $year) {
            indicators { id } tasks { id } priorities { id } rankings { id } findings { id } shortcomings { id }
          }
        }
        """;

    /// <summary>The reports held as (province code, year), with their keys ("36-2021").</summary>
    public IReadOnlyList<string> ReportKeys { get; private init; } = [];

    public IReadOnlyList<string> ProvinceCodes { get; private init; } = [];

    public IReadOnlyList<string> ProvinceSlugs { get; private init; } = [];

    public IReadOnlyList<int> Years { get; private init; } = [];

    public IReadOnlyList<string> IndicatorCodes { get; private init; } = [];

    public IReadOnlyList<string> RankingIndexes { get; private init; } = [];

    public IReadOnlyList<string> UnitCodes { get; private init; } = [];

    /// <summary>Ids of objects of every kind the API gives: reports, provinces, figures, narrative items, rankings, findings, definitions.</summary>
    public IReadOnlyList<string> Ids { get; private init; } = [];

    public static async Task<DataPools> ReadAsync(HttpClient http)
    {
        var data = await AskAsync(http, Discovery, null);
        var reports = data.Array("reports");
        var ids = new List<string>();
        ids.AddRange(reports.Select(report => report.Text("id")).Take(40));
        ids.AddRange(reports.Select(report => report!["province"].Text("id")).Distinct().Take(20));
        ids.AddRange(data.Array("indicatorDefinitions").Select(definition => definition.Text("id")).Take(20));
        ids.AddRange(data.Array("rankingIndexes").Select(index => index.Text("id")));
        ids.AddRange(data.Array("units").Select(unit => unit.Text("id")).Take(10));
        foreach (var (province, year) in new[] { ("36", 2021), ("01", 2021), ("79", 2020), ("31", 2023) })
        {
            var report = (await AskAsync(http, Details, new JsonObject { ["province"] = province, ["year"] = year }))["report"];
            if (report is null)
                continue;
            foreach (var part in new[] { "indicators", "tasks", "priorities", "rankings", "findings", "shortcomings" })
                ids.AddRange(report.Array(part).Select(item => item.Text("id")).Take(8));
        }
        return new DataPools
        {
            ReportKeys = [.. reports.Select(report => report.Text("key"))],
            ProvinceCodes = [.. reports.Select(report => report!["province"].Text("code")).Distinct()],
            ProvinceSlugs = [.. reports.Select(report => report!["province"].Text("slug")).Distinct()],
            Years = [.. reports.Select(report => report.Int("year")).Distinct().Order()],
            IndicatorCodes = [.. data.Array("indicatorDefinitions").Select(definition => definition.Text("code"))],
            RankingIndexes = [.. data.Array("rankingIndexes").Select(index => index.Text("code"))],
            UnitCodes = [.. data.Array("units").Select(unit => unit.Text("code"))],
            Ids = ids,
        };
    }

    private static async Task<JsonNode> AskAsync(HttpClient http, string query, JsonObject? variables)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["data"] ?? throw new InvalidOperationException("Reading the data to query failed: " + body.ToJsonString());
    }
}
