using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Api.Tests.Slices;

namespace NamDinh.Graph.Api.Tests.Ids;

/// <summary>
/// Relay's Global Object Identification: every object of a Node type read from the two reports and their slices is
/// fetched again by its id, by node(id:) and nodes(ids:), as it was read (a cache that holds both sees no conflict);
/// ids of one report cost one read of it however many; an id no object has answers null with NOT_FOUND.
/// </summary>
public sealed class NodesAreFetchedAgainByTheirIds(TwoReportsServer server) : IClassFixture<TwoReportsServer>
{
    /// <summary>The fields of each Node type; where two types give one name to fields of different types, one is aliased, as GraphQL requires.</summary>
    private const string NodeFields = """
        __typename id
        ... on Report { key year version synthetic prioritiesYear }
        ... on IndicatorValue { ...figure }
        ... on NarrativeItem { ...item }
        ... on Ranking { ...ranking }
        ... on Finding { ...finding }
        ... on Revision { version at by reason operation }
        ... on Province { code slug provinceName: name provinceKind: kind }
        ... on Unit { code name }
        ... on IndicatorDefinition { code name definitionKind: kind higherIsBetter }
        ... on RankingIndex { code name sharesPlaces }
        ... on ProvinceFigure { ...provinceFigure }
        ... on SectorSummary { sector year reportingProvinces }
        ... on IndicatorSummary { code summaryUnit: unit multiplier count sum mean median }
        ... on RankingTable { year editionYear }
        """;

    private static readonly string Nodes = Everything.WithFragments($"query Nodes($ids: [ID!]!) {{ nodes(ids: $ids) {{ {NodeFields} }} }}");

    private static readonly string Node = Everything.WithFragments($"query Node($id: ID!) {{ node(id: $id) {{ {NodeFields} }} }}");

    public static TheoryData<string> NodeTypes => new(EveryObjectTypeHasAnId.NodeTypes);

    [Theory]
    [MemberData(nameof(NodeTypes))]
    public async Task Every_object_of_a_Node_type_comes_back_by_its_id_as_it_was_read(string type)
    {
        var cache = await Everything.ReadAsync(server.Client);
        var ids = cache.Ids.Where(id => cache.TypeOf(id) == type).ToList();
        Assert.NotEmpty(ids);

        foreach (var batch in ids.Chunk(100))
        {
            var answer = await server.Client.PostAsync(Nodes, new { ids = batch });

            Assert.True(answer.Errors.Count == 0, answer.Text);
            Assert.Equal(batch, answer.Data.Array("nodes").Select(node => node.Text("id")));
            cache.Write(answer.Data);
        }
        Assert.Empty(cache.Conflicts);
    }

    [Theory]
    [InlineData("Report:36-2021")]
    [InlineData("Report:35-2021@1")]
    [InlineData("IndicatorValue:35-2021@2:postal.revenue")]
    [InlineData("NarrativeItem:36-2021:task-3.1-01")]
    [InlineData("Finding:2021:PlaceClaimedByMoreThanOne:ict-index:unnamed:11")]
    [InlineData("Revision:35-2021:3")]
    public async Task One_node_comes_back_by_its_id(string id)
    {
        var answer = await server.Client.PostAsync(Node, new { id });

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.Equal(id, answer.Data!["node"].Text("id"));
    }

    [Fact]
    public async Task Every_figure_item_and_ranking_of_a_report_costs_one_read_of_it()
    {
        var cache = await Everything.ReadAsync(server.Client);
        string[] ofHaNam = [.. cache.Ids.Where(id => id.StartsWith("IndicatorValue:35-2021:", StringComparison.Ordinal) || id.StartsWith("NarrativeItem:35-2021:", StringComparison.Ordinal)
            || id.StartsWith("Ranking:35-2021:", StringComparison.Ordinal)).Where(id => !id.Contains('/')).Append("Report:35-2021")];
        string[] ofHaNamAtVersion1 = [.. cache.Ids.Where(id => id.StartsWith("IndicatorValue:35-2021@1:", StringComparison.Ordinal) && !id.Contains('/')).Append("Report:35-2021@1")];
        Assert.True(ofHaNam.Length > 20, $"Only {ofHaNam.Length} ids of Hà Nam's report.");
        server.Calls.Reset();

        var answer = await server.Client.PostAsync(Nodes, new { ids = ofHaNam.Concat(ofHaNamAtVersion1).Take(100).ToArray() });

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.Equal(1, server.Calls.CountOf(new GrainCall(nameof(IReportGrain), "35-2021", "GetAsync")));
        Assert.Equal(1, server.Calls.CountOf(new GrainCall(nameof(IReportGrain), "35-2021", "GetAsOfAsync")));
    }

    [Theory]
    [InlineData("not an id")]
    [InlineData("task-3.1-01")]
    [InlineData("Report:")]
    [InlineData("Report:36-2021@0")]
    [InlineData("Report:36-2021@99")]
    [InlineData("Report:36-2021@1+dry-run-0123456789ab")]
    [InlineData("Report:36-2022")]
    [InlineData("Report:99-2021")]
    [InlineData("IndicatorValue:36-2021")]
    [InlineData("IndicatorValue:36-2021:no.such.code")]
    [InlineData("NarrativeItem:35-2021:task-9.9-99")]
    [InlineData("Finding:36-2021:RankOutsideTotal:dti")]
    [InlineData("Revision:36-2021:2")]
    [InlineData("Revision:36-2021:99999999999")]
    [InlineData("Province:99")]
    [InlineData("ProvinceFigure:36-2021:no.such.code")]
    [InlineData("SectorSummary:PostalTelecom-2021:telecom.revenue,postal.revenue")]
    [InlineData("IndicatorSummary:Inspection-2021:postal.revenue")]
    [InlineData("RankingTable:2021:ict-index:1999")]
    [InlineData("Period:36-2021")]
    [InlineData("IndicatorValue:36-2021:postal.revenue/period")]
    [InlineData("SetIndicatorPayload:36-2021@2:applied:indicators:postal.revenue")]
    public async Task An_id_no_object_has_is_null_and_NOT_FOUND(string id)
    {
        var answer = await server.Client.PostAsync(Node, new { id });

        Assert.Null(answer.Data!["node"]);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("NOT_FOUND", error.CodeOf());
        Assert.Equal(["node"], error!["path"]!.AsArray().Select(step => step!.ToString()));
    }

    [Fact]
    public async Task Among_many_ids_each_one_no_object_has_is_null_with_its_own_error()
    {
        var answer = await server.Client.PostAsync("query($ids: [ID!]!) { found: nodes(ids: $ids) { id } }",
            new { ids = new[] { "Province:36", "Province:99", "Unit:VND", "nonsense" } });

        Assert.Equal(["Province:36", null, "Unit:VND", null], answer.Data.Array("found").Select(node => node?["id"]?.GetValue<string>()));
        Assert.Equal(["found/1", "found/3"], answer.Errors.Select(error => string.Join('/', error!["path"]!.AsArray().Select(step => step!.ToString()))));
        Assert.All(answer.Errors, error => Assert.Equal("NOT_FOUND", error.CodeOf()));
    }

    [Fact]
    public async Task More_than_100_ids_at_once_are_BAD_USER_INPUT()
    {
        var answer = await server.Client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            new { ids = Enumerable.Range(0, 101).Select(_ => "Province:36").ToArray() });

        Assert.Equal("BAD_USER_INPUT", answer.FirstErrorCode);
        Assert.Equal("ids", answer.Errors[0].FieldOf());
    }

    [Fact]
    public async Task A_figure_fetched_again_carries_its_source_sentence_and_so_does_the_same_figure_in_a_slice()
    {
        var answer = await server.Client.PostAsync("""
            {
              node(id: "IndicatorValue:36-2021:postal.revenue") { ... on IndicatorValue { source { id sentence } } }
              indicators(where: { provinces: ["36"], codes: ["postal.revenue"] }) { nodes { figure { id source { id sentence } } } }
            }
            """);

        Assert.True(answer.Errors.Count == 0, answer.Text);
        var fromSlice = Assert.Single(answer.Data!["indicators"].Array("nodes"))!["figure"]!;
        Assert.Equal("IndicatorValue:36-2021:postal.revenue", fromSlice.Text("id"));
        Assert.Equal(answer.Data!["node"]!["source"]!.ToJsonString(), fromSlice["source"]!.ToJsonString());
        Assert.Contains("130", answer.Data!["node"]!["source"].Text("sentence"), StringComparison.Ordinal);
    }
}
