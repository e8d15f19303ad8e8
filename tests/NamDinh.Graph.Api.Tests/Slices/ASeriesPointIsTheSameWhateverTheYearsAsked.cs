using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Slices;

/// <summary>
/// indicatorSeries gives one point per year the province has a report for, with the change on the year before computed
/// from the two stored figures (percent to 2 places, absolute to 4, in the later figure's multiplier) beside the change
/// the report states. A year's point is a fact of that year and the year before: it is the same whether the series asked
/// starts at that year or earlier.
/// </summary>
public sealed class ASeriesPointIsTheSameWhateverTheYearsAsked(SyntheticTwoYearsServer server) : IClassFixture<SyntheticTwoYearsServer>
{
    private const string Code = "postal.revenue";

    private const string Query = """
        query Series($province: String!, $code: String!, $fromYear: Int, $toYear: Int) {
          indicatorSeries(province: $province, code: $code, fromYear: $fromYear, toYear: $toYear) {
            province { code } code
            points { year figure { year code figure { value multiplier baseValue } } computedChange { fromYear percent absolute } statedChange { amount unit comparedToYear } statedChangeAgrees }
          }
        }
        """;

    [Fact]
    public async Task The_whole_series_computes_each_change_from_the_stored_figures()
    {
        var series = await SeriesAsync("ha-nam", null, null);

        var points = series.Array("points");
        Assert.Equal(new[] { 2020, 2021 }, points.Select(point => point.Int("year")));
        var (earlier, later) = (server.HeldReport("35", 2020).Indicators.Single(figure => figure.Code == Code), server.HeldReport("35", 2021).Indicators.Single(figure => figure.Code == Code));
        Assert.Null(points[0]!["computedChange"]);
        var change = points[1]!["computedChange"]!;
        Assert.Equal(2020, change.Int("fromYear"));
        Assert.Equal(Math.Round((later.BaseValue!.Value - earlier.BaseValue!.Value) / earlier.BaseValue!.Value * 100, 2, MidpointRounding.AwayFromZero), change.Decimal("percent"));
        Assert.Equal(Math.Round((later.BaseValue!.Value - earlier.BaseValue!.Value) / later.Multiplier, 4, MidpointRounding.AwayFromZero), change.Decimal("absolute"));
        Assert.Equal(later.Comparisons.Change!.Amount, points[1]!["statedChange"].Decimal("amount"));
        Assert.True(points[1]!["statedChangeAgrees"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("ha-nam")]
    [InlineData("nam-dinh")]
    public async Task A_series_from_a_later_year_has_the_same_point_for_it(string province)
    {
        var whole = await SeriesAsync(province, null, null);
        var fromLastYear = await SeriesAsync(province, 2021, null);

        var point = Assert.Single(fromLastYear.Array("points"))!;
        Assert.Equal(2021, point.Int("year"));
        Assert.Equal(whole.Array("points").Single(other => other.Int("year") == 2021)!.ToJsonString(), point.ToJsonString());
    }

    [Fact]
    public async Task A_series_to_an_earlier_year_stops_there()
    {
        var whole = await SeriesAsync("ha-nam", null, null);
        var toFirstYear = await SeriesAsync("ha-nam", null, 2020);

        Assert.Equal(whole.Array("points")[0]!.ToJsonString(), Assert.Single(toFirstYear.Array("points"))!.ToJsonString());
    }

    private async Task<JsonNode> SeriesAsync(string province, int? fromYear, int? toYear) =>
        (await server.Client.QueryAsync(Query, new { province, code = Code, fromYear, toYear }))["indicatorSeries"]!;
}
