using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// replaceIndicator replaces the report's figure of a code whole, in its place, and setIndicator or replaceIndicator
/// adds a figure the report lacks last; what the client leaves out of a new or replaced figure takes the defaults the
/// schema names: the catalog's unit, multiplier 1, FINAL, EXACT, the report's whole year. The payload has the figure,
/// the new version and what changed.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AFigureIsReplacedWholeOrAdded(ApiFactory api)
{
    private const string Figure = """
        code value multiplier baseValue unit { code } valueAsWritten status qualifier qualifierAsWritten
        period { year fromMonth toMonth wholeYear }
        comparisons { change { amount unit comparedToYear } shareOfPlan { percent planYear } ratePercent outOf target { value } }
        source { section sentence } planValue
        """;

    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task A_figure_the_report_has_is_replaced_in_its_place()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var codesBefore = Codes(await _client.ReadAsync(own, "indicators { code }"));

        var payload = await _client.MutateAsync("replaceIndicator", own.Input(new
        {
            code = "telecom.revenue",
            value = "1200",
            multiplier = "1000000000",
            valueAsWritten = "1.200 tỷ đồng",
            status = "REVISED",
            reason = "The department's corrected figure.",
        }), ReportRequests.PayloadFields + $"indicator {{ {Figure} }} report {{ version indicators {{ code }} }}");

        Assert.True(payload["applied"]!.GetValue<bool>());
        Assert.Equal(2, payload.Int("version"));
        Assert.Equal(2, payload["report"].Int("version"));
        var figure = payload["indicator"]!;
        Assert.Equal("1200", figure.Text("value"));
        Assert.Equal("1200000000000", figure.Text("baseValue"));
        Assert.Equal("1.200 tỷ đồng", figure.Text("valueAsWritten"));
        Assert.Equal("REVISED", figure.Text("status"));
        Assert.Null(figure["comparisons"]!["change"]);
        var change = Assert.Single(payload.Array("changes"));
        Assert.Equal("indicators", change.Text("part"));
        Assert.Equal("telecom.revenue", change.Text("key"));
        Assert.Contains("\"value\":1150", change.Text("oldValue"));
        Assert.Contains("\"value\":1200", change.Text("newValue"));
        Assert.Equal(codesBefore, Codes(payload["report"]));

        var read = await _client.ReadAsync(own, "version indicators(code: \"telecom.revenue\") { value status }");
        Assert.Equal(2, read.Int("version"));
        Assert.Equal("1200", read.Array("indicators").Single().Text("value"));
    }

    [Fact]
    public async Task A_figure_the_report_lacks_is_added_last_with_the_defaults()
    {
        var own = OwnReport.Next();
        await _client.CreateAsync(own);

        var payload = await _client.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "42.5" }),
            ReportRequests.PayloadFields + $"indicator {{ {Figure} }}");

        Assert.Equal(2, payload.Int("version"));
        var figure = payload["indicator"]!;
        Assert.Equal("42.5", figure.Text("value"));
        Assert.Equal("VND", figure["unit"].Text("code"));
        Assert.Equal("1", figure.Text("multiplier"));
        Assert.Equal("42.5", figure.Text("baseValue"));
        Assert.Equal("42.5", figure.Text("valueAsWritten"));
        Assert.Equal("FINAL", figure.Text("status"));
        Assert.Equal("EXACT", figure.Text("qualifier"));
        Assert.Null(figure["qualifierAsWritten"]);
        Assert.Equal(own.Year, figure["period"].Int("year"));
        Assert.Equal(1, figure["period"].Int("fromMonth"));
        Assert.Equal(12, figure["period"].Int("toMonth"));
        Assert.True(figure["period"]!["wholeYear"]!.GetValue<bool>());
        Assert.All(figure["comparisons"]!.AsObject(), part => Assert.Null(part.Value));
        Assert.Null(figure["source"]);
        Assert.Null(figure["planValue"]);
        var change = Assert.Single(payload.Array("changes"));
        Assert.Null(change!["oldValue"]);
        Assert.Equal("postal.revenue", change.Text("key"));

        await _client.MutateAsync("setIndicator", own.Input(new { code = "telecom.revenue", value = "7" }));
        await _client.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "43" }));

        var read = await _client.ReadAsync(own, "version indicators { code value }");
        Assert.Equal(4, read.Int("version"));
        Assert.Equal(new[] { "postal.revenue", "telecom.revenue" }, Codes(read));
        Assert.Equal("43", read.Array("indicators")[0].Text("value"));
    }

    [Fact]
    public async Task Every_part_a_client_gives_is_kept_as_given()
    {
        var own = OwnReport.Next();
        await _client.CreateAsync(own);

        var payload = await _client.MutateAsync("setIndicator", own.Input(new
        {
            code = "inspection.petitions",
            value = 10,
            unit = "petition",
            valueAsWritten = "10",
            status = "ESTIMATE",
            qualifier = "MORE_THAN",
            qualifierAsWritten = "hơn",
            period = new { year = own.Year, fromMonth = 1, toMonth = 10 },
            comparisons = new
            {
                change = new { amount = "-2", unit = "ABSOLUTE", comparedToYear = own.Year - 1 },
                shareOfPlan = new { percent = "95.5", planYear = own.Year },
                outOf = "12",
            },
            source = new { section = "2.4", sentence = "Tiếp nhận hơn 10 đơn thư." },
            planValue = "10.5",
        }), $"indicator {{ {Figure} }}");

        var figure = payload["indicator"]!;
        Assert.Equal("MORE_THAN", figure.Text("qualifier"));
        Assert.Equal("hơn", figure.Text("qualifierAsWritten"));
        Assert.Equal(10, figure["period"].Int("toMonth"));
        Assert.False(figure["period"]!["wholeYear"]!.GetValue<bool>());
        Assert.Equal("-2", figure["comparisons"]!["change"].Text("amount"));
        Assert.Equal("ABSOLUTE", figure["comparisons"]!["change"].Text("unit"));
        Assert.Equal("95.5", figure["comparisons"]!["shareOfPlan"].Text("percent"));
        Assert.Equal("12", figure["comparisons"].Text("outOf"));
        Assert.Equal("Tiếp nhận hơn 10 đơn thư.", figure["source"].Text("sentence"));
        Assert.Equal("10.5", figure.Text("planValue"));
    }

    [Fact]
    public async Task Setting_a_figure_to_what_it_is_stores_no_new_version()
    {
        var own = OwnReport.Next();
        await _client.CreateAsync(own);
        await _client.MutateAsync("setIndicator", own.Input(new { code = "press.news-items", value = "3200" }));
        var before = await _client.ReadWholeAsync(own);

        var payload = await _client.MutateAsync("setIndicator", own.Input(new { code = "press.news-items", value = "3200" }),
            ReportRequests.PayloadFields + "indicator { value }");

        Assert.False(payload["applied"]!.GetValue<bool>());
        Assert.Equal(2, payload.Int("version"));
        Assert.Empty(payload.Array("changes"));
        Assert.Equal("3200", payload["indicator"].Text("value"));
        Assert.Equal(before, await _client.ReadWholeAsync(own));
    }

    private static List<string> Codes(JsonNode? report) =>
        report.Array("indicators").Select(figure => figure.Text("code")).ToList();
}
