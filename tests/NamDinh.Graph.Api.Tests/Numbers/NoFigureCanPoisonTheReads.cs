using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests.Numbers;

/// <summary>
/// A figure beyond what a decimal holds is refused, and one stored before it was refused is read by every
/// slice without an error: its base value is null, sums and orders leave it out, and a finding names it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class NoFigureCanPoisonTheReads(ApiFactory api)
{
    private const string Largest = "79228162514264337593543950335";

    private readonly GraphQLClient _client = new(api.CreateClient());

    [Theory]
    [InlineData(Largest, "1000000000", null, "input.value")]
    [InlineData("130", "1000000000", Largest, "input.planValue")]
    [InlineData("1000000000", "1", "0.0000000000000000000000000001", "input.planValue")]
    public async Task A_figure_whose_numbers_are_beyond_a_decimal_is_refused(string value, string multiplier, string? planValue, string field)
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var before = await _client.ReadWholeAsync(own);

        var answer = await _client.TryMutateAsync("setIndicator", own.Input(new
        {
            code = "postal.revenue",
            value,
            multiplier,
            planValue,
            comparisons = new { shareOfPlan = new { percent = "100", planYear = own.Year } },
            confirmImplausible = true,
        }));

        Assert.Equal("BAD_USER_INPUT", answer.FirstErrorCode);
        Assert.Equal(field, answer.Errors[0].FieldOf());
        Assert.Equal(before, await _client.ReadWholeAsync(own));
    }

    [Theory]
    [InlineData("1e-400")]
    [InlineData("0.123456789012345678901234567890123456789012345678901234567890")]
    public async Task A_number_the_decimal_scalar_would_round_is_refused(string value)
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var before = await _client.ReadWholeAsync(own);

        var answer = await _client.TryMutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value, confirmImplausible = true }));

        // A variable the scalar cannot read fails before execution, with GraphQL.NET's code for it.
        Assert.Equal("INVALID_VALUE", answer.FirstErrorCode);
        Assert.True(answer.Errors[0]!["message"]!.GetValue<string>().Contains("cannot be kept exactly"), answer.Text);
        Assert.Equal(before, await _client.ReadWholeAsync(own));
    }

    [Theory]
    [InlineData("1e-400", "cannot be kept exactly")]
    [InlineData("1.00000000000000000000000000001", "cannot be kept exactly")]
    [InlineData("1e400", "beyond the largest number")]
    public async Task A_JSON_number_is_not_rounded_before_the_scalar_reads_it(string json, string why)
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var before = await _client.ReadWholeAsync(own);

        // Sent as a JSON number, not a string: the request's reader keeps the number's text for the scalar to judge.
        var answer = await _client.TryMutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = System.Text.Json.Nodes.JsonNode.Parse(json), confirmImplausible = true }));

        Assert.Equal("INVALID_VALUE", answer.FirstErrorCode);
        Assert.True(answer.Errors[0]!["message"]!.GetValue<string>().Contains(why), answer.Text);
        Assert.Equal(before, await _client.ReadWholeAsync(own));
    }

    [Theory]
    [InlineData("0.1", "0.1")]
    [InlineData("1.5e3", "1500")]
    [InlineData("12345678901234567890123456.78", "12345678901234567890123456.78")]
    public async Task A_JSON_number_a_decimal_holds_is_stored_exactly(string json, string stored)
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var answer = await _client.TryMutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = System.Text.Json.Nodes.JsonNode.Parse(json), multiplier = "1", confirmImplausible = true }));

        Assert.True(answer.Errors.Count == 0, answer.Text);
        var figure = await _client.PostAsync($"{{ report(province: \"{own.Slug}\", year: {own.Year}) {{ indicators(code: \"postal.revenue\") {{ value }} }} }}");
        Assert.Equal(stored, figure.Data!["report"]!["indicators"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_figure_stored_before_is_read_everywhere_without_an_error()
    {
        var own = OwnReport.Next();
        var poisoned = own.CopyOfNamDinh() with { Key = own.PreviousYear.Key };
        poisoned = poisoned with
        {
            Indicators = [.. poisoned.Indicators.Select(figure => figure.Code == "postal.revenue"
                ? figure with { Value = decimal.MaxValue, Multiplier = 1_000_000_000m, PlanValue = 0.0000000000000000000000000001m,
                    Comparisons = figure.Comparisons with { ShareOfPlan = new StatedPlanShare(100, own.PreviousYear.Year) } }
                : figure)],
        };
        await api.Services.GetRequiredService<IGrainFactory>().GetReportGrain(poisoned.Key).SeedAsync(poisoned);
        await _client.ImportCopyOfNamDinhAsync(own);
        var year = own.PreviousYear.Year;

        var answer = await _client.PostAsync($$"""
            query Poisoned($province: String!, $year: Int!, $next: Int!) {
              sectorSummary(sector: POSTAL_TELECOM, year: $year) { indicators { code count sum mean median ranks { rank } } }
              indicators(where: { provinces: [$province], year: $year }, order: [{ field: VALUE, direction: DESCENDING }], first: 100) { nodes { figure { code baseValue } } }
              indicatorSeries(province: $province, code: "postal.revenue") { points { year computedChange { percent absolute } } }
              reports(province: $province, year: $year) { indicators { code baseValue } findings { kind subject } }
              next: report(province: $province, year: $next) { findings { kind subject } }
            }
            """, new { province = own.Slug, year, next = own.Year });

        Assert.True(answer.Errors.Count == 0, answer.Text);
        var figures = answer.Data!["reports"]![0]!["indicators"]!.AsArray();
        Assert.Null(figures.Single(figure => figure!["code"]!.GetValue<string>() == "postal.revenue")!["baseValue"]);
        Assert.Contains(answer.Data["reports"]![0]!["findings"]!.AsArray(),
            finding => finding!["kind"]!.GetValue<string>() == "VALUE_BEYOND_RANGE" && finding["subject"]!.GetValue<string>() == "postal.revenue");
    }
}
