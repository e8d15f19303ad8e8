namespace NamDinh.Graph.Api.Tests;

/// <summary>setRanking replaces the report's place in an index, or adds it; the index's name comes from the catalog unless given.</summary>
[Collection(ApiCollection.Name)]
public sealed class SetRankingSetsAPlaceInAnIndex(ApiFactory api)
{
    private const string Ranking = "index name nameEn: name(lang: EN) position total editionYear source { section sentence }";

    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task A_ranking_the_report_has_is_replaced_in_its_place()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var payload = await _client.MutateAsync("setRanking", own.Input(new
        {
            index = "dti",
            position = 9,
            total = 63,
            editionYear = 2022,
            source = new { section = "1", sentence = "Chỉ số DTI xếp thứ 9/63 tỉnh, thành phố" },
        }), ReportRequests.PayloadFields + $" ranking {{ {Ranking} }} report {{ rankings {{ index position }} }}");

        Assert.True(payload["applied"]!.GetValue<bool>());
        Assert.Equal(2, payload.Int("version"));
        var ranking = payload["ranking"]!;
        Assert.Equal("dti", ranking.Text("index"));
        Assert.Equal("Chỉ số xếp hạng chuyển đổi số (DTI Index)", ranking.Text("name"));
        Assert.Equal("Digital transformation index (DTI)", ranking.Text("nameEn"));
        Assert.Equal(9, ranking.Int("position"));
        Assert.Equal(63, ranking.Int("total"));
        Assert.Equal(2022, ranking.Int("editionYear"));
        Assert.Equal("Chỉ số DTI xếp thứ 9/63 tỉnh, thành phố", ranking["source"].Text("sentence"));
        var change = Assert.Single(payload.Array("changes"));
        Assert.Equal("rankings", change.Text("part"));
        Assert.Equal("dti", change.Text("key"));
        Assert.Contains("\"position\":11", change.Text("oldValue"));
        Assert.Contains("\"position\":9", change.Text("newValue"));
        var rankings = payload["report"].Array("rankings");
        Assert.Equal(new[] { "ict-index", "dti", "par-index-modernisation", "online-public-service-portal", "provincial-web-portal" }, rankings.Select(other => other.Text("index")));
        Assert.Equal(9, rankings[1].Int("position"));
    }

    [Fact]
    public async Task A_ranking_the_report_lacks_is_added_with_the_name_given()
    {
        var own = OwnReport.Next();
        await _client.CreateAsync(own);

        var payload = await _client.MutateAsync("setRanking", own.Input(new { index = "ict-index", position = 63, total = 63, name = "ICT Index", nameEn = "ICT Index (en)" }),
            ReportRequests.PayloadFields + $" ranking {{ {Ranking} }}");

        Assert.Equal(2, payload.Int("version"));
        var ranking = payload["ranking"]!;
        Assert.Equal("ICT Index", ranking.Text("name"));
        Assert.Equal("ICT Index (en)", ranking.Text("nameEn"));
        Assert.Equal(63, ranking.Int("position"));
        Assert.Null(ranking["editionYear"]);
        Assert.Null(ranking["source"]);
        Assert.Null(Assert.Single(payload.Array("changes"))!["oldValue"]);
        var read = await _client.ReadAsync(own, "rankings { index position total }");
        Assert.Equal("ict-index", Assert.Single(read.Array("rankings")).Text("index"));
    }
}
