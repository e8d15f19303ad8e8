namespace NamDinh.Graph.Api.Tests;

/// <summary>removeIndicator takes one figure out of a report and leaves the others where they were.</summary>
[Collection(ApiCollection.Name)]
public sealed class RemoveIndicatorTakesAFigureOut(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task The_figure_is_gone_and_the_payload_names_it_with_its_old_value()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var codesBefore = (await _client.ReadAsync(own, "indicators { code }")).Array("indicators").Select(figure => figure.Text("code")).ToList();

        var payload = await _client.MutateAsync("removeIndicator", own.Input(new { code = "press.news-items", reason = "Counted twice." }),
            ReportRequests.PayloadFields + " removedCode report { version indicators { code } }");

        Assert.True(payload["applied"]!.GetValue<bool>());
        Assert.Equal("press.news-items", payload.Text("removedCode"));
        Assert.Equal(2, payload.Int("version"));
        var change = Assert.Single(payload.Array("changes"));
        Assert.Equal("indicators", change.Text("part"));
        Assert.Equal("press.news-items", change.Text("key"));
        Assert.Contains("\"value\":3200", change.Text("oldValue"));
        Assert.Null(change!["newValue"]);
        Assert.Equal(codesBefore.Where(code => code != "press.news-items"), payload["report"].Array("indicators").Select(figure => figure.Text("code")));

        var read = await _client.ReadAsync(own, "version indicators(code: \"press.news-items\") { code }");
        Assert.Equal(2, read.Int("version"));
        Assert.Empty(read.Array("indicators"));
    }
}
