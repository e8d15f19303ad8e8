using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// A POST of a JSON array is a batch: its requests run in order, one after another (a query sees the mutations
/// before it), and the answer is an array of their results in the same order. Limits:MaxBatchSize (here 3) is the most
/// one batch may hold: a larger one is 400 BATCH_TOO_LARGE and none of it runs; an empty one is 400 BAD_REQUEST.
/// </summary>
public sealed class MaxBatchSizeRefusesALargerBatch(MaxBatchSizeRefusesALargerBatch.Server server) : IClassFixture<MaxBatchSizeRefusesALargerBatch.Server>
{
    public sealed class Server() : ConfiguredApi(("Limits:MaxBatchSize", "3"));

    private const string Read = """query($p: String!, $y: Int!) { report(province: $p, year: $y) { version indicators(code: "press.news-items") { value } } }""";

    [Fact]
    public async Task A_batch_of_the_limit_runs_in_order_and_answers_an_array_in_the_same_order()
    {
        await server.Admin.CreateReportAsync("nam-dinh", 2031);
        var report = new { p = "nam-dinh", y = 2031 };

        var (status, body, text) = await server.AdminHttp.PostBatchAsync(
            (ServerProbes.SetNewsItems, new { report.p, report.y, value = "10" }),
            (Read, report),
            (ServerProbes.SetNewsItems, new { report.p, report.y, value = "20" }));

        Assert.True(status == 200, text);
        var results = Assert.IsType<JsonArray>(body);
        Assert.Equal(3, results.Count);
        Assert.All(results, result => Assert.Null(result!["errors"]));
        Assert.Equal(2, results[0]!["data"]!["setIndicator"].Int("version"));
        Assert.Equal(2, results[1]!["data"]!["report"].Int("version"));
        Assert.Equal("10", results[1]!["data"]!["report"].Array("indicators")[0].Text("value"));
        Assert.Equal(3, results[2]!["data"]!["setIndicator"].Int("version"));
        Assert.Equal(3, await server.Admin.VersionOfAsync("nam-dinh", 2031));
    }

    [Fact]
    public async Task A_batch_of_one_answers_an_array_of_one()
    {
        var (status, body, text) = await server.AdminHttp.PostBatchAsync(("{ units { code } }", null));

        Assert.True(status == 200, text);
        var result = Assert.Single(Assert.IsType<JsonArray>(body));
        Assert.NotEmpty(result!["data"].Array("units"));
    }

    [Fact]
    public async Task A_batch_over_the_limit_is_400_BATCH_TOO_LARGE_and_none_of_it_runs()
    {
        await server.Admin.CreateReportAsync("nam-dinh", 2032);
        var set = (ServerProbes.SetNewsItems, (object?)new { p = "nam-dinh", y = 2032, value = "1" });

        var (status, body, text) = await server.AdminHttp.PostBatchAsync(set, set, set, set);

        Assert.True(status == 400, text);
        var error = Assert.Single(Assert.IsType<JsonObject>(body).Array("errors"));
        Assert.Equal("BATCH_TOO_LARGE", error.CodeOf());
        Assert.Equal("The batch holds 4 requests; at most 3 are allowed.", error.Text("message"));
        Assert.Equal(1, await server.Admin.VersionOfAsync("nam-dinh", 2032));
    }

    [Fact]
    public async Task An_empty_batch_is_400_BAD_REQUEST()
    {
        var (status, body, text) = await server.AdminHttp.PostBodyAsync("[]");

        Assert.True(status == 400, text);
        Assert.Equal("BAD_REQUEST", Assert.Single(body.Array("errors")).CodeOf());
    }

    [Fact]
    public async Task A_request_of_a_batch_that_fails_leaves_the_others_to_run()
    {
        var (status, body, text) = await server.AdminHttp.PostBatchAsync(
            ("{ units { code } }", null),
            ("{ nothingHere }", null),
            ("{ provinces { code } }", null));

        Assert.True(status == 200, text);
        var results = Assert.IsType<JsonArray>(body);
        Assert.NotEmpty(results[0]!["data"].Array("units"));
        Assert.NotEmpty(results[1].Array("errors"));
        Assert.NotEmpty(results[2]!["data"].Array("provinces"));
    }
}
