using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Slices;

/// <summary>
/// rankingTables of 2021 gives each index's table as the reports state it, best place first. When setRanking puts two
/// synthetic provinces in one place of "ict-index", the table shows both there and one finding of kind
/// PLACE_CLAIMED_BY_MORE_THAN_ONE names both; an index that does not exist is BAD_USER_INPUT.
/// </summary>
public sealed class TwoProvincesInOnePlaceAreAFinding(Synthetic2021Server server) : IClassFixture<Synthetic2021Server>
{
    private const string Index = "ict-index";

    private const string Query = """
        query Tables($index: String) {
          rankingTables(year: 2021, index: $index) {
            index { code sharesPlaces } year editionYear
            entries { province { code } position total reportVersion synthetic }
            findings { id kind subject message figures { name value } }
          }
        }
        """;

    [Fact]
    public async Task Each_table_is_the_places_the_reports_state_best_first()
    {
        await server.ReadHeldAsync();

        var tables = (await server.Client.QueryAsync(Query, new { index = (string?)null })).Array("rankingTables");

        Assert.Equal(new[] { "ict-index", "dti", "par-index-modernisation", "online-public-service-portal", "provincial-web-portal" },
            tables.Select(table => table!["index"].Text("code")));
        foreach (var table in tables)
        {
            var code = table!["index"].Text("code");
            var expected = server.Held.Where(report => report.Key.Year == 2021)
                .SelectMany(report => report.Rankings.Where(ranking => ranking.Index == code).Select(ranking => (report.Key.ProvinceCode, ranking.Position)))
                .OrderBy(entry => entry.Position).ThenBy(entry => entry.ProvinceCode, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, table.Array("entries").Select(entry => (entry!["province"].Text("code"), entry.Int("position"))).ToList());
        }
    }

    [Fact]
    public async Task Two_synthetic_provinces_set_to_one_place_are_one_finding_naming_both()
    {
        await server.ReadHeldAsync();
        var before = Assert.Single((await server.Client.QueryAsync(Query, new { index = Index })).Array("rankingTables"))!;
        var claimedBefore = Claimed(before);
        // Two synthetic provinces, the second alone in its place, the first to be put there too.
        var entries = before.Array("entries").Where(entry => entry!["synthetic"]!.GetValue<bool>()).ToList();
        var second = entries.First(entry => !claimedBefore.Contains(entry.Int("position")) && entry.Int("position") > 1)!;
        var first = entries.Last(entry => entry != second && !claimedBefore.Contains(entry.Int("position")))!;
        var place = second.Int("position");
        var (firstCode, secondCode) = (first["province"].Text("code"), second["province"].Text("code"));
        var report = server.HeldReport(firstCode, 2021);

        await server.Client.MutateAsync("setRanking", new
        {
            province = firstCode,
            year = 2021,
            expectedVersion = report.Version,
            index = Index,
            position = place,
            total = 63,
            reason = "A test of shared places.",
        });

        var table = Assert.Single((await server.Client.QueryAsync(Query, new { index = Index })).Array("rankingTables"))!;
        Assert.Equal(new[] { firstCode, secondCode }.Order(StringComparer.Ordinal),
            table.Array("entries").Where(entry => entry.Int("position") == place).Select(entry => entry!["province"].Text("code")));
        var findings = table.Array("findings").Where(finding => Position(finding!) == place).ToList();
        var finding = Assert.Single(findings)!;
        Assert.Equal("PLACE_CLAIMED_BY_MORE_THAN_ONE", finding.Text("kind"));
        Assert.Equal(Index, finding.Text("subject"));
        Assert.Equal("2", finding.Array("figures").Single(figure => figure.Text("name") == "claimants").Text("value"));
        Assert.Contains($"({firstCode})", finding.Text("message"));
        Assert.Contains($"({secondCode})", finding.Text("message"));
        // The other places claimed twice are those claimed before (the real report's place beside a synthetic one).
        Assert.Equal(claimedBefore.Append(place).Order(), Claimed(table).Order());
        Assert.Equal(before.Array("findings").Count + 1, table.Array("findings").Count);
    }

    [Fact]
    public async Task An_index_that_does_not_exist_is_bad_user_input()
    {
        var answer = await server.Client.PostAsync(Query, new { index = "nope" });

        var error = Assert.Single(answer.Errors);
        Assert.Equal("BAD_USER_INPUT", error.CodeOf());
        Assert.Equal("index", error.FieldOf());
        Assert.Null(answer.Data);
    }

    private static int Position(JsonNode finding) =>
        int.Parse(finding.Array("figures").Single(figure => figure.Text("name") == "position").Text("value"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The places of a table its findings say more than one province claims.</summary>
    private static List<int> Claimed(JsonNode table) =>
        [.. table.Array("findings").Select(finding => Position(finding!))];
}
