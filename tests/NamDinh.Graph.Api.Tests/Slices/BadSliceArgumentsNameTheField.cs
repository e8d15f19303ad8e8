namespace NamDinh.Graph.Api.Tests.Slices;

/// <summary>
/// Every slice query refuses what a client gets wrong with one BAD_USER_INPUT error whose extensions.field names the
/// argument at fault, and no data: an unknown province or code, a code of another sector, fromYear after toYear, year
/// with fromYear or toYear, a year outside 2000–2100, nothing to compare.
/// </summary>
public sealed class BadSliceArgumentsNameTheField(RealReportServer server) : IClassFixture<RealReportServer>
{
    [Theory]
    // indicators
    [InlineData("""indicators(where: { provinces: ["atlantis"] }) { totalCount }""", "where.provinces[0]")]
    [InlineData("""indicators(where: { provinces: ["nam-dinh", "36", "atlantis"] }) { totalCount }""", "where.provinces[2]")]
    [InlineData("""indicators(where: { codes: ["postal.revenue", "nope"] }) { totalCount }""", "where.codes")]
    [InlineData("""indicators(where: { fromYear: 2022, toYear: 2021 }) { totalCount }""", "where.fromYear")]
    [InlineData("""indicators(where: { year: 2021, fromYear: 2020 }) { totalCount }""", "where.year")]
    [InlineData("""indicators(where: { year: 2021, toYear: 2021 }) { totalCount }""", "where.year")]
    [InlineData("""indicators(where: { year: 1999 }) { totalCount }""", "where.year")]
    [InlineData("""indicators(where: { fromYear: 1999 }) { totalCount }""", "where.fromYear")]
    [InlineData("""indicators(where: { toYear: 2101 }) { totalCount }""", "where.toYear")]
    [InlineData("""indicators(first: 0) { totalCount }""", "first")]
    [InlineData("""indicators(first: 501) { totalCount }""", "first")]
    [InlineData("""indicators(after: "not-a-cursor") { totalCount }""", "after")]
    // sectorSummary
    [InlineData("""sectorSummary(sector: POSTAL_TELECOM, year: 2021, codes: ["nope"]) { year }""", "codes")]
    [InlineData("""sectorSummary(sector: POSTAL_TELECOM, year: 2021, codes: ["postal.revenue", "inspection.fines"]) { year }""", "codes")]
    [InlineData("""sectorSummary(sector: POSTAL_TELECOM, year: 1999) { year }""", "year")]
    [InlineData("""sectorSummary(sector: INSPECTION, year: 2101) { year }""", "year")]
    // indicatorSeries
    [InlineData("""indicatorSeries(province: "atlantis", code: "postal.revenue") { code }""", "province")]
    [InlineData("""indicatorSeries(province: "nam-dinh", code: "nope") { code }""", "code")]
    [InlineData("""indicatorSeries(province: "nam-dinh", code: "postal.revenue", fromYear: 2022, toYear: 2021) { code }""", "fromYear")]
    [InlineData("""indicatorSeries(province: "nam-dinh", code: "postal.revenue", fromYear: 1999) { code }""", "fromYear")]
    [InlineData("""indicatorSeries(province: "nam-dinh", code: "postal.revenue", toYear: 1999) { code }""", "toYear")]
    // compare
    [InlineData("""compare(provinces: [], year: 2021, codes: ["postal.revenue"]) { year }""", "provinces")]
    [InlineData("""compare(provinces: ["nam-dinh"], year: 2021, codes: []) { year }""", "codes")]
    [InlineData("""compare(provinces: ["nam-dinh", "atlantis"], year: 2021, codes: ["postal.revenue"]) { year }""", "provinces[1]")]
    [InlineData("""compare(provinces: ["nam-dinh"], year: 2021, codes: ["postal.revenue", "nope"]) { year }""", "codes")]
    [InlineData("""compare(provinces: ["nam-dinh"], year: 1999, codes: ["postal.revenue"]) { year }""", "year")]
    // rankingTables
    [InlineData("""rankingTables(year: 1999) { year }""", "year")]
    [InlineData("""rankingTables(year: 2021, index: "nope") { year }""", "index")]
    public async Task A_wrong_argument_is_bad_user_input_naming_it(string field, string argument)
    {
        var answer = await server.Client.PostAsync($"{{ {field} }}");

        var error = Assert.Single(answer.Errors);
        Assert.True(error.CodeOf() == "BAD_USER_INPUT", answer.Text);
        Assert.Equal(argument, error.FieldOf());
        Assert.False(string.IsNullOrWhiteSpace(error!["message"]?.GetValue<string>()));
        Assert.True(answer.Body.ContainsKey("data"), answer.Text);
        Assert.Null(answer.Data);
    }

    [Fact]
    public async Task A_wrong_argument_beside_a_right_query_still_answers_no_data()
    {
        var answer = await server.Client.PostAsync("""{ rankingIndexes { code } indicatorSeries(province: "nam-dinh", code: "nope") { code } }""");

        Assert.Equal("BAD_USER_INPUT", answer.FirstErrorCode);
        Assert.Equal("code", Assert.Single(answer.Errors).FieldOf());
        Assert.Null(answer.Data);
    }
}
