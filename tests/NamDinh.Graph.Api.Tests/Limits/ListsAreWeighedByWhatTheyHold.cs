using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// reports is weighed by the reports it can match (at most its page), a report's indicators by the figures the catalog
/// has, not as 20 items each: the probe's query (every report, every figure) now answers its first page of 100, and a
/// page of every report held is refused by its cost alone, where aliased three times it used to answer 42 MB. A batch's requests share one budget: a batch of requests each within the limit is refused
/// from the request that takes the batch over it, and the ones before have run.
/// </summary>
public sealed class ListsAreWeighedByWhatTheyHold(ListsAreWeighedByWhatTheyHold.Server server) : IClassFixture<ListsAreWeighedByWhatTheyHold.Server>
{
    public sealed class Server() : ConfiguredApi();

    [Fact]
    public async Task Every_report_with_every_figure_is_a_page_of_them()
    {
        var answer = await server.Admin.PostAsync("{ " + Amplification.Reports() + " }");

        Assert.True(answer.Errors.Count == 0, answer.Text);
    }

    [Fact]
    public async Task The_largest_page_of_reports_with_every_figure_is_QUERY_TOO_COMPLEX()
    {
        var answer = await server.Admin.PostAsync("{ " + Amplification.Reports("(first: 400)") + " }");

        Assert.Equal("QUERY_TOO_COMPLEX", answer.FirstErrorCode);
        Assert.Null(answer.Data);
    }

    [Fact]
    public async Task One_year_of_reports_with_every_figure_runs()
    {
        var answer = await server.Admin.PostAsync("{ " + Amplification.Reports("(year: 2021)") + " }");

        Assert.True(answer.Errors.Count == 0, answer.Text);
    }

    [Fact]
    public async Task Aliases_of_a_year_add_up_and_are_refused()
    {
        var answer = await server.Admin.PostAsync(Amplification.Aliased(6, "(year: 2021)"));

        Assert.Equal("QUERY_TOO_COMPLEX", answer.FirstErrorCode);
    }

    [Fact]
    public async Task A_batch_shares_one_budget()
    {
        var year = "{ " + Amplification.Reports("(year: 2021)") + " }";

        var (status, body, text) = await server.AdminHttp.PostBatchAsync([.. Enumerable.Repeat((year, (object?)null), 6)]);

        Assert.True(status == 200, text);
        var results = Assert.IsType<JsonArray>(body);
        Assert.Equal(6, results.Count);
        Assert.Null(results[0]!["errors"]);
        var refused = results.First(result => result!["errors"] is not null)!;
        Assert.Equal("QUERY_TOO_COMPLEX", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("a batch shares one budget of 200000", refused["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Null(refused["data"]);
        Assert.All(results.Skip(results.IndexOf(refused)), result => Assert.NotNull(result!["errors"]));
    }
}
