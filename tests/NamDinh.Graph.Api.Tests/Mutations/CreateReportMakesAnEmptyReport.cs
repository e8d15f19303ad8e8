using NamDinh.Graph.Domain.Provinces;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// createReport makes an empty report, at version 1, for any of the 63 provinces (by slug or code) and any year
/// of 2000–2100; a report that exists already is ALREADY_EXISTS, and stays as it is.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CreateReportMakesAnEmptyReport(ApiFactory api)
{
    private const string Empty = """
        id year version synthetic prioritiesYear province { code slug }
        document { number symbol issuer place day month year title addressee answers { number } signer signerTitle recipients }
        rankings { index } indicators { code } tasks { id } shortcomings { id } causes { id } priorities { id } remarks { id }
        proposals { noneProposed statement items { id } }
        findings { id }
        history { totalCount nodes { version by reason operation } }
        """;

    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task Every_province_other_than_Nam_Dinh_gets_an_empty_report_by_slug_or_code()
    {
        // 2100, the last year a report may be of, is a year no other test uses.
        var provinces = ProvinceDirectory.Default.All.Where(province => province.Code != "36").ToList();
        Assert.Equal(62, provinces.Count);

        var payloads = await Task.WhenAll(provinces.Select((province, index) => _client.MutateAsync("createReport",
            new { province = index % 2 == 0 ? province.Slug : province.Code, year = 2100, synthetic = true, reason = "A test's report." },
            ReportRequests.PayloadFields + $" report {{ {Empty} }}")));

        foreach (var (province, payload) in provinces.Zip(payloads))
        {
            Assert.True(payload["applied"]!.GetValue<bool>());
            Assert.Equal(1, payload.Int("version"));
            Assert.Empty(payload.Array("findingsRaised"));
            Assert.Empty(payload.Array("findingsCleared"));
            var report = payload["report"]!;
            Assert.Equal($"Report:{province.Code}-2100", report.Text("id"));
            Assert.Equal(province.Slug, report["province"].Text("slug"));
            Assert.Equal(2100, report.Int("year"));
            Assert.Equal(2101, report.Int("prioritiesYear"));
            Assert.Equal(1, report.Int("version"));
            Assert.True(report["synthetic"]!.GetValue<bool>());
            Assert.All(report["document"]!.AsObject().Where(field => field.Key != "recipients"), field => Assert.Null(field.Value));
            Assert.Empty(report["document"].Array("recipients"));
            foreach (var part in new[] { "rankings", "indicators", "tasks", "shortcomings", "causes", "priorities", "remarks", "findings" })
                Assert.Empty(report.Array(part));
            Assert.True(report["proposals"]!["noneProposed"]!.GetValue<bool>());
            Assert.Null(report["proposals"]!["statement"]);
            var creation = Assert.Single(report["history"].Array("nodes"));
            Assert.Equal(1, creation.Int("version"));
            Assert.Equal("createReport", creation.Text("operation"));
            Assert.Equal(ApiFactory.AdminSubject, creation.Text("by"));
            Assert.Equal("A test's report.", creation.Text("reason"));
        }

        var listed = await _client.PostAsync("{ reports(year: 2100) { key } }");
        Assert.Equal(provinces.Select(province => $"{province.Code}-2100").Order(StringComparer.Ordinal), listed.Data.Array("reports").Select(report => report.Text("key")));
    }

    [Fact]
    public async Task The_first_year_a_report_may_be_of_is_2000()
    {
        // 2000 is a year no other test uses.
        var payload = await _client.MutateAsync("createReport", new { province = "ca-mau", year = 2000, synthetic = true }, "version report { id synthetic }");

        Assert.Equal(1, payload.Int("version"));
        Assert.Equal("Report:96-2000", payload["report"].Text("id"));
        Assert.True(payload["report"]!["synthetic"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_report_that_exists_is_ALREADY_EXISTS_and_keeps_what_it_holds()
    {
        var own = OwnReport.Next();
        await _client.CreateAsync(own);
        await _client.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "1" }));
        var before = await _client.ReadWholeAsync(own);

        var answer = await _client.TryMutateAsync("createReport", own.Input(new { synthetic = true }));

        Assert.Null(answer.Data!["createReport"]);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("ALREADY_EXISTS", error.CodeOf());
        Assert.Equal(2, error!["extensions"].Int("currentVersion"));
        Assert.Equal(before, await _client.ReadWholeAsync(own));
    }

    [Fact]
    public async Task Creating_the_real_Nam_Dinh_2021_report_again_is_ALREADY_EXISTS_and_leaves_it_alone()
    {
        var answer = await _client.TryMutateAsync("createReport", new { province = "nam-dinh", year = 2021, synthetic = true });

        Assert.Null(answer.Data!["createReport"]);
        Assert.Equal("ALREADY_EXISTS", answer.FirstErrorCode);
        Assert.Equal(1, answer.Errors[0]!["extensions"].Int("currentVersion"));
        var read = await _client.PostAsync("""{ report(province: "36", year: 2021) { version synthetic indicators { code } } }""");
        Assert.Equal(1, read.Data!["report"].Int("version"));
        Assert.False(read.Data!["report"]!["synthetic"]!.GetValue<bool>());
        Assert.Equal(41, read.Data!["report"].Array("indicators").Count);
    }
}
