using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// Limits:MaxResponseBytes (here 4000) is the longest answer, whatever its cost was estimated at: a longer one answers
/// RESPONSE_TOO_LARGE alone, nothing of it sent. A batch's answers count together: the one that would take the array
/// over, and each after it, is RESPONSE_TOO_LARGE.
/// </summary>
public sealed class MaxResponseBytesRefusesALongerAnswer(MaxResponseBytesRefusesALongerAnswer.Server server) : IClassFixture<MaxResponseBytesRefusesALongerAnswer.Server>
{
    public sealed class Server() : ConfiguredApi(("Limits:MaxResponseBytes", "4000"));

    private const string EveryFigure = "{ report(province: \"nam-dinh\", year: 2021) { indicators { " + Amplification.FigureFields + " } } }";
    private const string Small = "{ report(province: \"nam-dinh\", year: 2021) { key version } }";

    [Fact]
    public async Task An_answer_within_the_limit_is_sent()
    {
        var answer = await server.Admin.PostAsync(Small);

        Assert.True(answer.Errors.Count == 0, answer.Text);
    }

    [Fact]
    public async Task A_longer_answer_is_RESPONSE_TOO_LARGE()
    {
        var answer = await server.Admin.PostAsync(EveryFigure);

        Assert.Equal(400, answer.Status);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("RESPONSE_TOO_LARGE", error.CodeOf());
        Assert.Contains("4000 bytes", error.Text("message"));
        Assert.Null(answer.Data);
        Assert.True(answer.Text.Length < 4000, answer.Text);
    }

    [Fact]
    public async Task In_legacy_json_it_is_200_with_the_error()
    {
        var answer = await server.Admin.PostAsync(EveryFigure, accept: "application/json");

        Assert.Equal(200, answer.Status);
        Assert.Equal("RESPONSE_TOO_LARGE", answer.FirstErrorCode);
    }

    [Fact]
    public async Task A_batch_counts_its_answers_together()
    {
        var (status, body, text) = await server.AdminHttp.PostBatchAsync((Small, null), (EveryFigure, null), (Small, null));

        Assert.True(status == 200, text);
        var results = Assert.IsType<JsonArray>(body);
        Assert.Equal(3, results.Count);
        Assert.Null(results[0]!["errors"]);
        Assert.All(results.Skip(1), result => Assert.Equal("RESPONSE_TOO_LARGE", result!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>()));
        Assert.True(text.Length < 4000 + 1000, text);
    }
}
