namespace NamDinh.Graph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class TheNamDinhReportIsServed(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Theory]
    [InlineData("nam-dinh")]
    [InlineData("36")]
    [InlineData("Nam-Dinh")]
    public async Task By_slug_or_statistical_code(string province)
    {
        var answer = await _client.PostAsync("query($p: String!) { report(province: $p, year: 2021) { id year province { code slug name } version synthetic } }", new { p = province });

        Assert.Equal(200, answer.Status);
        Assert.Empty(answer.Errors);
        var report = answer.Data!["report"]!;
        Assert.Equal("Report:36-2021", report["id"]!.GetValue<string>());
        Assert.Equal("Nam Định", report["province"]!["name"]!.GetValue<string>());
        Assert.Equal(1, report["version"]!.GetValue<int>());
        Assert.False(report["synthetic"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Figures_are_exact_decimal_strings_with_unit_multiplier_and_status()
    {
        var answer = await _client.PostAsync("""
            { report(province: "nam-dinh", year: 2021) {
                indicators(code: "telecom.revenue") {
                  value multiplier baseValue unit { code name } valueAsWritten status qualifier sector
                  comparisons { change { amount unit comparedToYear } shareOfPlan { percent planYear } }
                } } }
            """);

        var figure = answer.Data!["report"]!["indicators"]![0]!;
        Assert.Equal("1150", figure["value"]!.GetValue<string>());
        Assert.Equal("1000000000", figure["multiplier"]!.GetValue<string>());
        Assert.Equal("1150000000000", figure["baseValue"]!.GetValue<string>());
        Assert.Equal("VND", figure["unit"]!["code"]!.GetValue<string>());
        Assert.Equal("1.150 tỷ đồng", figure["valueAsWritten"]!.GetValue<string>());
        Assert.Equal("ESTIMATE", figure["status"]!.GetValue<string>());
        Assert.Equal("POSTAL_TELECOM", figure["sector"]!.GetValue<string>());
        Assert.Equal("-28", figure["comparisons"]!["change"]!["amount"]!.GetValue<string>());
        Assert.Equal(2020, figure["comparisons"]!["change"]!["comparedToYear"]!.GetValue<int>());
        Assert.Equal("68", figure["comparisons"]!["shareOfPlan"]!["percent"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sector_arguments_filter_figures_tasks_and_priorities()
    {
        var answer = await _client.PostAsync("""
            { report(province: "nam-dinh", year: 2021) {
                inspection: indicators(sector: INSPECTION) { sector }
                tasks(sector: INFORMATION_TECHNOLOGY) { sector section }
                priorities(sector: INFORMATION_PRESS) { sector section }
                allTasks: tasks { id }
              } }
            """);

        var report = answer.Data!["report"]!;
        Assert.All(report["inspection"]!.AsArray(), figure => Assert.Equal("INSPECTION", figure!["sector"]!.GetValue<string>()));
        Assert.NotEmpty(report["inspection"]!.AsArray());
        Assert.Equal(14, report["tasks"]!.AsArray().Count);
        Assert.All(report["tasks"]!.AsArray(), task => Assert.Equal("3.2", task!["section"]!.GetValue<string>()));
        Assert.Equal(8, report["priorities"]!.AsArray().Count);
        Assert.Equal(35, report["allTasks"]!.AsArray().Count);
    }

    [Fact]
    public async Task Text_is_Vietnamese_by_default_and_English_on_request()
    {
        var answer = await _client.PostAsync("""
            { report(province: "nam-dinh", year: 2021) {
                document { vi: title en: title(lang: EN) number day month signer answers { number date } }
                proposals { noneProposed items { id } statement }
              } }
            """);

        var document = answer.Data!["report"]!["document"]!;
        Assert.Equal("Kết quả công tác năm 2021 và nhiệm vụ trọng tâm năm 2022", document["vi"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(document["en"]!.GetValue<string>()));
        Assert.Null(document["number"]);
        Assert.Null(document["day"]);
        Assert.Equal(11, document["month"]!.GetValue<int>());
        Assert.Equal("2021-11-18", document["answers"]!["date"]!.GetValue<string>());
        var proposals = answer.Data!["report"]!["proposals"]!;
        Assert.True(proposals["noneProposed"]!.GetValue<bool>());
        Assert.Empty(proposals["items"]!.AsArray());
        Assert.Equal("Không có đề xuất giải pháp.", proposals["statement"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reports_lists_the_report_held()
    {
        var answer = await _client.PostAsync("""{ all: reports { id } namDinh: reports(province: "36") { id } y2020: reports(year: 2020) { id } }""");

        Assert.Contains(answer.Data!["all"]!.AsArray(), report => report!["id"]!.GetValue<string>() == "Report:36-2021");
        Assert.Single(answer.Data!["namDinh"]!.AsArray());
        Assert.Empty(answer.Data!["y2020"]!.AsArray());
    }

    [Fact]
    public async Task Provinces_and_the_indicator_catalog_are_listed()
    {
        var answer = await _client.PostAsync("""
            { provinces(year: 2021) { code slug name kind }
              none: provinces(year: 2030) { code }
              province(id: "nam-dinh") { code }
              indicatorDefinitions(sector: POSTAL_TELECOM) { code name en: name(lang: EN) unit { code } sector kind }
              units { code } }
            """);

        Assert.Equal(63, answer.Data!["provinces"]!.AsArray().Count);
        Assert.Empty(answer.Data!["none"]!.AsArray());
        Assert.Equal("36", answer.Data!["province"]!["code"]!.GetValue<string>());
        var definitions = answer.Data!["indicatorDefinitions"]!.AsArray();
        Assert.Contains(definitions, definition => definition!["code"]!.GetValue<string>() == "postal.revenue");
        Assert.All(definitions, definition => Assert.Equal("POSTAL_TELECOM", definition!["sector"]!.GetValue<string>()));
    }
}
