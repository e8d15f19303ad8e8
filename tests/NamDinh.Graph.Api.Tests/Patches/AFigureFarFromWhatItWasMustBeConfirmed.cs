namespace NamDinh.Graph.Api.Tests.Patches;

/// <summary>
/// A new value 100 times or more away from the stored one, or from the previous year's figure, is refused with
/// IMPLAUSIBLE_CHANGE telling both values, and nothing is stored; confirmImplausible lets it through, and the
/// report's findings then tell of it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AFigureFarFromWhatItWasMustBeConfirmed(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task A_multiplier_slip_is_refused_with_both_values_and_stores_nothing()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var before = await _client.ReadWholeAsync(own);

        var answer = await _client.TryMutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "131", multiplier = "1" }));

        var error = Assert.Single(answer.Errors);
        Assert.Equal("IMPLAUSIBLE_CHANGE", error.CodeOf());
        var extensions = error!["extensions"]!;
        Assert.Equal("postal.revenue", extensions.Text("indicator"));
        Assert.Equal("131", extensions.Text("newBaseValue"));
        Assert.Equal("130000000000", extensions.Text("comparedBaseValue"));
        Assert.Equal("STORED", extensions.Text("comparedWith"));
        Assert.Null(answer.Data?["setIndicator"]);
        Assert.Equal(before, await _client.ReadWholeAsync(own));
        Assert.Equal(1, (await _client.ReadAsync(own, "version")).Int("version"));
    }

    [Fact]
    public async Task Confirmed_the_change_is_stored_and_the_report_finds_it_far_from_its_source()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var payload = await _client.MutateAsync("setIndicator",
            own.Input(new { code = "postal.revenue", value = "131", multiplier = "1", confirmImplausible = true }),
            ReportRequests.PayloadFields + "indicator { baseValue }");

        Assert.Equal(2, payload.Int("version"));
        Assert.Equal("131", payload["indicator"].Text("baseValue"));
        Assert.Contains(payload.Array("findingsRaised"), finding => finding.Text("kind") == "FAR_FROM_ITS_SOURCE" && finding.Text("subject") == "postal.revenue");
        var findings = (await _client.ReadAsync(own, "findings { kind subject }")).Array("findings");
        Assert.Contains(findings, finding => finding.Text("kind") == "FAR_FROM_ITS_SOURCE" && finding.Text("subject") == "postal.revenue");
    }

    [Fact]
    public async Task A_figure_a_thousand_times_the_previous_years_is_refused_until_confirmed()
    {
        var own = OwnReport.Next();
        await _client.MutateAsync("importReport", new { report = OwnReport.Json(own.PreviousYear.CopyOfNamDinh()) });
        await _client.CreateAsync(own);

        var refused = await _client.TryMutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "130000", multiplier = "1000000000" }));

        var error = Assert.Single(refused.Errors);
        Assert.Equal("IMPLAUSIBLE_CHANGE", error.CodeOf());
        Assert.Equal("PREVIOUS_YEAR", error!["extensions"].Text("comparedWith"));
        Assert.Equal("130000000000000", error["extensions"].Text("newBaseValue"));
        Assert.Equal("130000000000", error["extensions"].Text("comparedBaseValue"));
        Assert.Equal(1, (await _client.ReadAsync(own, "version")).Int("version"));

        var plausible = await _client.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "140", multiplier = "1000000000" }), "version");
        Assert.Equal(2, plausible.Int("version"));

        var confirmed = await _client.MutateAsync("setIndicator",
            own.Input(new { code = "postal.revenue", value = "140000", multiplier = "1000000000", confirmImplausible = true }), "version");
        Assert.Equal(3, confirmed.Int("version"));
        var findings = (await _client.ReadAsync(own, "findings { kind subject }")).Array("findings");
        Assert.Contains(findings, finding => finding.Text("kind") == "FAR_FROM_PREVIOUS_YEAR" && finding.Text("subject") == "postal.revenue");
    }

    [Fact]
    public async Task An_import_far_from_the_previous_year_is_refused_until_confirmed()
    {
        var own = OwnReport.Next();
        await _client.MutateAsync("importReport", new { report = OwnReport.Json(own.PreviousYear.CopyOfNamDinh()) });
        var slipped = own.CopyOfNamDinh();
        slipped = slipped with
        {
            Indicators = [.. slipped.Indicators.Select(figure => figure.Code == "telecom.revenue" ? figure with { Multiplier = 1 } : figure)],
        };

        var refused = await _client.TryMutateAsync("importReport", new { report = OwnReport.Json(slipped) });
        var confirmed = await _client.TryMutateAsync("importReport", new { report = OwnReport.Json(slipped), confirmImplausible = true });

        var error = Assert.Single(refused.Errors);
        Assert.Equal("IMPLAUSIBLE_CHANGE", error.CodeOf());
        Assert.Equal("telecom.revenue", error!["extensions"].Text("indicator"));
        Assert.Equal("PREVIOUS_YEAR", error["extensions"].Text("comparedWith"));
        Assert.Empty(confirmed.Errors);
        Assert.Equal(1, confirmed.Data!["importReport"].Int("version"));
    }
}
