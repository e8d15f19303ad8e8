namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// A mutation refused by a limit (too many aliases or root fields, too many tokens, too deep, too costly, in a batch
/// too large, in a body too large) is refused before it runs: the report keeps its version and its figures. Each case
/// works on a Nam Định report of its own year.
/// </summary>
public sealed class ARequestRefusedByALimitChangesNothing(ARequestRefusedByALimitChangesNothing.Server server) : IClassFixture<ARequestRefusedByALimitChangesNothing.Server>
{
    public sealed class Server() : ConfiguredApi(
        ("Limits:MaxAliases", "3"),
        ("Limits:MaxRootFields", "3"),
        ("Limits:MaxTokens", "150"),
        ("Limits:MaxDepth", "6"),
        ("Limits:MaxComplexity", "300"),
        ("Limits:MaxBatchSize", "2"),
        ("Limits:MaxRequestBytes", "3000"));

    private static string Set(int year, string selection, string more = "") =>
        $$"""mutation { setIndicator(input: { province: "nam-dinh", year: {{year}}, code: "press.news-items", value: "99" }) { {{selection}} } {{more}} }""";

    public static TheoryData<string, int, int, string> Cases => new()
    {
        { "aliases", 2031, 400, "QUERY_TOO_COMPLEX" },
        { "root fields", 2032, 400, "QUERY_TOO_COMPLEX" },
        { "tokens", 2033, 400, "QUERY_TOO_LARGE" },
        { "depth", 2034, 400, "QUERY_TOO_COMPLEX" },
        { "complexity", 2035, 400, "QUERY_TOO_COMPLEX" },
        { "batch", 2036, 400, "BATCH_TOO_LARGE" },
        { "body", 2037, 413, "REQUEST_TOO_LARGE" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_mutation_over_a_limit_leaves_the_report_as_it_was(string limit, int year, int status, string code)
    {
        await server.Admin.CreateReportAsync("nam-dinh", year);
        var before = await ReadAsync(year);

        var (answeredStatus, body, text) = limit switch
        {
            "aliases" => await server.AdminHttp.PostBodyAsync(Json(Set(year, "a: version b: version c: version d: version"))),
            "root fields" => await server.AdminHttp.PostBodyAsync(Json(Set(year, "version", "__typename __typename __typename"))),
            "tokens" => await server.AdminHttp.PostBodyAsync(Json(Set(year, string.Join(' ', Enumerable.Repeat("version", 200))))),
            "depth" => await server.AdminHttp.PostBodyAsync(Json(Set(year, "report { history(first: 1) { nodes { changes { oldIndicator { value } } } } }"))),
            "complexity" => await server.AdminHttp.PostBodyAsync(Json(Set(year, "report { history(first: 100) { nodes { version at by reason operation } } }"))),
            "batch" => await server.AdminHttp.PostBatchAsync((Set(year, "version"), null), (Set(year, "version"), null), (Set(year, "version"), null)),
            "body" => await server.AdminHttp.PostBodyAsync(Json(Set(year, "version" + new string(' ', 3000)))),
            _ => throw new ArgumentOutOfRangeException(nameof(limit)),
        };

        Assert.True(answeredStatus == status, $"{limit}: {answeredStatus} {text}");
        Assert.Equal(code, body.Array("errors")[0].CodeOf());
        Assert.Equal(before, await ReadAsync(year));
    }

    [Fact]
    public async Task The_same_mutation_within_the_limits_applies()
    {
        const int year = 2038;
        await server.Admin.CreateReportAsync("nam-dinh", year);

        var (status, body, text) = await server.AdminHttp.PostBodyAsync(Json(Set(year, "a: version b: version c: version")));

        Assert.True(status == 200, text);
        Assert.Equal(2, body!["data"]!["setIndicator"].Int("a"));
        Assert.Equal("2 99", await ReadAsync(year));
    }

    private static string Json(string query) => System.Text.Json.JsonSerializer.Serialize(new { query });

    /// <summary>The report's version and its news-item figure, if any.</summary>
    private async Task<string> ReadAsync(int year)
    {
        var answer = await server.Admin.PostAsync($$"""{ report(province: "nam-dinh", year: {{year}}) { version indicators(code: "press.news-items") { value } } }""");
        Assert.True(answer.Errors.Count == 0, answer.Text);
        var report = answer.Data!["report"]!;
        return $"{report.Int("version")} {string.Join(',', report.Array("indicators").Select(figure => figure.Text("value")))}".Trim();
    }
}
