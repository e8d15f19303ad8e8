using System.Globalization;
using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Patches;

/// <summary>
/// changeReport applies its list of changes in order as one: all or none, one new version, one revision listing
/// every item touched. A change that is refused refuses the list and is named by its place and kind
/// (input.changes[3].setIndicator.unit).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AListOfChangesIsOneVersion(ApiFactory api)
{
    private const string Payload = "applied version changes { part key fields } report { version }";

    private readonly GraphQLClient _client = new(api.CreateClient());

    /// <summary>A small change of each of the first <paramref name="count"/> figures of the Nam Định copy: one less, or one more from 1 or below.</summary>
    public static JsonArray FigureChanges(OwnReport own, int count = 40)
    {
        var figures = own.CopyOfNamDinh().Indicators.Take(count).ToList();
        Assert.Equal(count, figures.Count);
        return [.. figures.Select(figure => (JsonNode)new JsonObject
        {
            ["setIndicator"] = new JsonObject
            {
                ["code"] = figure.Code,
                ["value"] = (figure.Value > 1 ? figure.Value - 1 : figure.Value + 1).ToString(CultureInfo.InvariantCulture),
            },
        })];
    }

    [Fact]
    public async Task Forty_figure_changes_are_one_version_and_one_revision_of_forty_entries()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var changes = FigureChanges(own);
        var input = own.Input(new { expectedVersion = 1, reason = "The department's final figures." });
        input["changes"] = changes;

        var payload = await _client.MutateAsync("changeReport", input, Payload);

        Assert.True(payload["applied"]!.GetValue<bool>());
        Assert.Equal(2, payload.Int("version"));
        Assert.Equal(2, payload["report"].Int("version"));
        Assert.Equal(40, payload.Array("changes").Count);
        var codes = changes.Select(change => change!["setIndicator"].Text("code")).ToList();
        Assert.Equal(codes.Order(), payload.Array("changes").Select(change => change.Text("key")).Order());
        Assert.All(payload.Array("changes"), change => Assert.Equal(["value"], change.Array("fields").Select(field => field!.GetValue<string>())));

        var read = await _client.ReadAsync(own, "version history(first: 5) { totalCount nodes { version operation reason changes { key } } }");
        Assert.Equal(2, read.Int("version"));
        Assert.Equal(2, read["history"].Int("totalCount"));
        var revision = read["history"].Array("nodes")[0]!;
        Assert.Equal((2, "changeReport", "The department's final figures."), (revision.Int("version"), revision.Text("operation"), revision.Text("reason")));
        Assert.Equal(40, revision.Array("changes").Count);
        var figures = (await _client.ReadAsync(own, "indicators { code value }")).Array("indicators");
        foreach (var change in changes)
        {
            var code = change!["setIndicator"].Text("code");
            Assert.Equal(change["setIndicator"].Text("value"), figures.Single(figure => figure.Text("code") == code).Text("value"));
        }
    }

    [Theory]
    [InlineData("unit", "\"kg\"")]
    [InlineData("value", "null")]
    public async Task A_list_with_one_bad_change_stores_nothing_and_names_its_place(string field, string badValue)
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var before = await _client.ReadWholeAsync(own);
        var changes = FigureChanges(own, 10);
        changes[3]!["setIndicator"]![field] = JsonNode.Parse(badValue);
        var input = own.Input(new { expectedVersion = 1 });
        input["changes"] = changes;

        var answer = await _client.TryMutateAsync("changeReport", input, Payload);

        Assert.Equal("BAD_USER_INPUT", answer.FirstErrorCode);
        Assert.Equal($"input.changes[3].setIndicator.{field}", answer.Errors[0].FieldOf());
        Assert.Equal(before, await _client.ReadWholeAsync(own));
    }

    [Fact]
    public async Task Changes_of_different_kinds_are_one_revision()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var input = own.Input(new
        {
            expectedVersion = 1,
            changes = new object[]
            {
                new { addTask = new { sector = "INSPECTION", text = "Thanh tra chuyên ngành về tần số vô tuyến điện." } },
                new { setRanking = new { index = "dti", position = 20 } },
                new { removeIndicator = new { code = "inspection.inspections" } },
            },
        });

        var payload = await _client.MutateAsync("changeReport", input, Payload);

        Assert.Equal(2, payload.Int("version"));
        var parts = payload.Array("changes").Select(change => (change.Text("part"), change.Text("key"))).ToList();
        Assert.Equal(3, parts.Count);
        Assert.Contains(("rankings", "dti"), parts);
        Assert.Contains(("indicators", "inspection.inspections"), parts);
        Assert.Contains(parts, part => part.Item1 == "tasks");
        var read = await _client.ReadAsync(own, "version history(first: 1) { totalCount } rankings { index position } indicators(code: \"inspection.inspections\") { code }");
        Assert.Equal(2, read["history"].Int("totalCount"));
        Assert.Equal(20, read.Array("rankings").Single(ranking => ranking.Text("index") == "dti").Int("position"));
        Assert.Empty(read.Array("indicators"));
    }

    [Fact]
    public async Task A_later_change_that_cannot_apply_undoes_the_earlier_ones()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var before = await _client.ReadWholeAsync(own);
        var input = own.Input(new
        {
            changes = new object[]
            {
                new { setIndicator = new { code = "postal.revenue", value = "131" } },
                new { removeIndicator = new { code = "postal.revenue" } },
                new { removeIndicator = new { code = "postal.revenue" } },
            },
        });

        var answer = await _client.TryMutateAsync("changeReport", input, Payload);

        Assert.Equal("BAD_USER_INPUT", answer.FirstErrorCode);
        Assert.Equal("input.changes[2].removeIndicator.code", answer.Errors[0].FieldOf());
        Assert.Equal(before, await _client.ReadWholeAsync(own));
    }
}
