namespace NamDinh.Graph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class UnknownReportsAreClearAnswers(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task An_unknown_province_is_null_with_NOT_FOUND()
    {
        var answer = await _client.PostAsync("""{ report(province: "atlantis", year: 2021) { id } }""");

        Assert.Equal(200, answer.Status);
        Assert.Null(answer.Data!["report"]);
        Assert.Equal("NOT_FOUND", answer.FirstErrorCode);
        Assert.Contains("atlantis", answer.Errors[0]!["message"]!.GetValue<string>());
        Assert.Equal("report", answer.Errors[0]!["path"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_year_with_no_report_is_null_with_NOT_FOUND()
    {
        var answer = await _client.PostAsync("""{ report(province: "ha-nam", year: 2021) { id } other: report(province: "nam-dinh", year: 2019) { id } }""");

        Assert.Null(answer.Data!["report"]);
        Assert.Null(answer.Data!["other"]);
        Assert.Equal(2, answer.Errors.Count);
        Assert.All(answer.Errors, error => Assert.Equal("NOT_FOUND", error!["extensions"]!["code"]!.GetValue<string>()));
        Assert.Contains(answer.Errors, error => error!["message"]!.GetValue<string>().Contains("Hà Nam"));
    }

    [Fact]
    public async Task An_absurd_year_is_BAD_USER_INPUT_naming_the_field()
    {
        var answer = await _client.PostAsync("""{ report(province: "nam-dinh", year: 99999) { id } }""");

        Assert.Equal("BAD_USER_INPUT", answer.FirstErrorCode);
        Assert.Equal("year", answer.Errors[0]!["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_province_id_is_NOT_FOUND()
    {
        var answer = await _client.PostAsync("""{ province(id: "99") { name } }""");

        Assert.Null(answer.Data!["province"]);
        Assert.Equal("NOT_FOUND", answer.FirstErrorCode);
    }
}
