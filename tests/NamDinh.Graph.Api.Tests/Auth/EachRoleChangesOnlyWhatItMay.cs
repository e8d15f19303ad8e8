using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Domain.Provinces;
using static NamDinh.Graph.Api.Tests.Auth.TestTokens;

namespace NamDinh.Graph.Api.Tests.Auth;

/// <summary>
/// Who may change which report: an editor changes the reports of the provinces its token names and gets FORBIDDEN
/// on any other (the field null, the report unchanged); an admin changes any; a reader or a partner changes none
/// (FORBIDDEN); without a token, UNAUTHENTICATED. The same holds for a dry run, createReport and importReport.
/// Each test works on Nam Định (36) and Hà Nam (35) reports of a year of its own (2031–2040).
/// </summary>
[Collection(AuthServerCollection.Name)]
public sealed class EachRoleChangesOnlyWhatItMay(ApiFactory api)
{
    private readonly GraphQLClient _admin = new(api.CreateClient());

    [Fact]
    public async Task An_editor_of_Nam_Dinh_changes_Nam_Dinhs_report()
    {
        await _admin.CreateReportAsync("nam-dinh", 2031);
        var editor = api.GraphQLWith(EditorOf("editor-of-36", NamDinhCode));

        var answer = await editor.PostAsync(ServerProbes.SetNewsItems, new { p = "nam-dinh", y = 2031, value = "12" });

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.True(answer.Data!["setIndicator"]!["applied"]!.GetValue<bool>());
        Assert.Equal(2, answer.Data["setIndicator"].Int("version"));
        Assert.Equal(2, await _admin.VersionOfAsync("nam-dinh", 2031));
    }

    [Fact]
    public async Task An_editor_of_Nam_Dinh_is_FORBIDDEN_on_Ha_Nams_report_which_stays_as_it_was()
    {
        await _admin.CreateReportAsync("ha-nam", 2032);
        var before = await ReadWholeAsync("ha-nam", 2032);
        var editor = api.GraphQLWith(EditorOf("editor-of-36", NamDinhCode));

        var answer = await editor.PostAsync(ServerProbes.SetNewsItems, new { p = "ha-nam", y = 2032, value = "12" });

        AssertRefused(answer, "FORBIDDEN", "setIndicator");
        Assert.Equal(200, answer.Status);
        var message = answer.Errors[0]!["message"]!.GetValue<string>();
        Assert.Contains("Hà Nam", message);
        Assert.Contains("editor-of-36", message);
        Assert.Equal(before, await ReadWholeAsync("ha-nam", 2032));
        Assert.Equal(1, await _admin.VersionOfAsync("ha-nam", 2032));
    }

    [Fact]
    public async Task An_editor_of_Nam_Dinh_may_name_the_report_by_code_or_slug_and_is_refused_either_way_on_Ha_Nam()
    {
        await _admin.CreateReportAsync("nam-dinh", 2033);
        await _admin.CreateReportAsync("ha-nam", 2033);
        var editor = api.GraphQLWith(EditorOf("editor-of-36", NamDinhCode));

        var byCode = await editor.PostAsync(ServerProbes.SetNewsItems, new { p = "36", y = 2033, value = "1" });
        var haNamByCode = await editor.PostAsync(ServerProbes.SetNewsItems, new { p = "35", y = 2033, value = "1" });

        Assert.True(byCode.Errors.Count == 0, byCode.Text);
        AssertRefused(haNamByCode, "FORBIDDEN", "setIndicator");
        Assert.Equal(2, await _admin.VersionOfAsync("nam-dinh", 2033));
        Assert.Equal(1, await _admin.VersionOfAsync("ha-nam", 2033));
    }

    [Fact]
    public async Task An_editor_of_two_provinces_changes_the_reports_of_both_and_of_no_third()
    {
        await _admin.CreateReportAsync("nam-dinh", 2034);
        await _admin.CreateReportAsync("ha-nam", 2034);
        await _admin.CreateReportAsync("thai-binh", 2034);
        var editor = api.GraphQLWith(EditorOf("editor-of-35-and-36", NamDinhCode, HaNamCode));

        var namDinh = await editor.PostAsync(ServerProbes.SetNewsItems, new { p = "nam-dinh", y = 2034, value = "3" });
        var haNam = await editor.PostAsync(ServerProbes.SetNewsItems, new { p = "ha-nam", y = 2034, value = "4" });
        var thaiBinh = await editor.PostAsync(ServerProbes.SetNewsItems, new { p = "thai-binh", y = 2034, value = "5" });

        Assert.True(namDinh.Errors.Count == 0, namDinh.Text);
        Assert.True(haNam.Errors.Count == 0, haNam.Text);
        AssertRefused(thaiBinh, "FORBIDDEN", "setIndicator");
        Assert.Equal(2, await _admin.VersionOfAsync("nam-dinh", 2034));
        Assert.Equal(2, await _admin.VersionOfAsync("ha-nam", 2034));
        Assert.Equal(1, await _admin.VersionOfAsync("thai-binh", 2034));
    }

    [Fact]
    public async Task An_admin_changes_the_report_of_any_province()
    {
        await _admin.CreateReportAsync("nam-dinh", 2035);
        await _admin.CreateReportAsync("ha-nam", 2035);
        var admin = api.GraphQLWith(ApiFactory.Token("another-admin", [Roles.Admin]));

        foreach (var province in new[] { "nam-dinh", "ha-nam" })
        {
            var answer = await admin.PostAsync(ServerProbes.SetNewsItems, new { p = province, y = 2035, value = "7" });
            Assert.True(answer.Errors.Count == 0, answer.Text);
            Assert.Equal(2, await _admin.VersionOfAsync(province, 2035));
        }
    }

    private static string TokenOf(string who) => who switch
    {
        "reader" => Reader("reader-of-all"),
        "partner" => Partner("partner-of-all"),
        "editor of no province" => ApiFactory.Token("editor-of-none", [Roles.Editor]),
        "token with no role" => ApiFactory.Token("nobody", []),
        "reader who names Nam Định" => ApiFactory.Token("reader-of-36", [Roles.Reader], NamDinhCode),
        "partner who names Nam Định" => ApiFactory.Token("partner-of-36", [Roles.Partner], NamDinhCode),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    [Theory]
    [InlineData("reader")]
    [InlineData("partner")]
    [InlineData("editor of no province")]
    [InlineData("token with no role")]
    [InlineData("reader who names Nam Định")]
    [InlineData("partner who names Nam Định")]
    public async Task Any_other_token_is_FORBIDDEN_and_changes_nothing(string who)
    {
        var year = 2036;
        if (await _admin.VersionOfAsync("nam-dinh", year) is null)
            await _admin.CreateReportAsync("nam-dinh", year);
        var before = await ReadWholeAsync("nam-dinh", year);
        var client = api.GraphQLWith(TokenOf(who));

        var set = await client.PostAsync(ServerProbes.SetNewsItems, new { p = "nam-dinh", y = year, value = "9" });
        var created = await client.PostAsync(CreateReport, new { input = new { province = "nam-dinh", year = 2037, synthetic = true } });

        AssertRefused(set, "FORBIDDEN", "setIndicator", who);
        AssertRefused(created, "FORBIDDEN", "createReport", who);
        Assert.Equal(before, await ReadWholeAsync("nam-dinh", year));
        Assert.Null(await _admin.VersionOfAsync("nam-dinh", 2037));
    }

    [Fact]
    public async Task Without_a_token_a_change_is_UNAUTHENTICATED_and_changes_nothing()
    {
        await _admin.CreateReportAsync("ha-nam", 2038);
        var before = await ReadWholeAsync("ha-nam", 2038);
        var anonymous = api.GraphQLWith(null);

        var set = await anonymous.PostAsync(ServerProbes.SetNewsItems, new { p = "ha-nam", y = 2038, value = "9" });
        var created = await anonymous.PostAsync(CreateReport, new { input = new { province = "nam-dinh", year = 2038, synthetic = true } });
        var read = await anonymous.PostAsync("{ report(province: \"ha-nam\", year: 2038) { version } }");

        AssertRefused(set, "UNAUTHENTICATED", "setIndicator");
        AssertRefused(created, "UNAUTHENTICATED", "createReport");
        Assert.Contains("Bearer", set.Errors[0]!["message"]!.GetValue<string>());
        Assert.Equal(before, await ReadWholeAsync("ha-nam", 2038));
        Assert.Null(await _admin.VersionOfAsync("nam-dinh", 2038));
        Assert.True(read.Errors.Count == 0, read.Text);
        Assert.Equal(1, read.Data!["report"].Int("version"));
    }

    [Fact]
    public async Task A_dry_run_is_refused_too_without_the_right_and_allowed_with_it()
    {
        await _admin.CreateReportAsync("ha-nam", 2039);
        var variables = new { p = "ha-nam", y = 2039, value = "9", dryRun = true };

        var otherEditor = await api.GraphQLWith(EditorOf("editor-of-36", NamDinhCode)).PostAsync(ServerProbes.SetNewsItems, variables);
        var reader = await api.GraphQLWith(Reader()).PostAsync(ServerProbes.SetNewsItems, variables);
        var anonymous = await api.GraphQLWith(null).PostAsync(ServerProbes.SetNewsItems, variables);
        var ownEditor = await api.GraphQLWith(EditorOf("editor-of-35", HaNamCode)).PostAsync(ServerProbes.SetNewsItems, variables);
        var importDryRun = await api.GraphQLWith(EditorOf("editor-of-36", NamDinhCode)).PostAsync(ImportReport,
            new { input = new { report = OwnReport.Json(Copy("ha-nam", 2039)), dryRun = true } });

        AssertRefused(otherEditor, "FORBIDDEN", "setIndicator");
        AssertRefused(reader, "FORBIDDEN", "setIndicator");
        AssertRefused(anonymous, "UNAUTHENTICATED", "setIndicator");
        AssertRefused(importDryRun, "FORBIDDEN", "importReport");
        Assert.True(ownEditor.Errors.Count == 0, ownEditor.Text);
        Assert.False(ownEditor.Data!["setIndicator"]!["applied"]!.GetValue<bool>());
        Assert.Equal(1, await _admin.VersionOfAsync("ha-nam", 2039));
    }

    [Fact]
    public async Task CreateReport_and_importReport_take_an_editor_of_the_reports_province()
    {
        var namDinhEditor = api.GraphQLWith(EditorOf("editor-of-36", NamDinhCode));

        var createOwn = await namDinhEditor.PostAsync(CreateReport, new { input = new { province = "nam-dinh", year = 2040, synthetic = true } });
        var createOther = await namDinhEditor.PostAsync(CreateReport, new { input = new { province = "ha-nam", year = 2040, synthetic = true } });
        var importOwn = await namDinhEditor.PostAsync(ImportReport, new { input = new { report = OwnReport.Json(Copy("nam-dinh", 2040)) } });
        var importOther = await namDinhEditor.PostAsync(ImportReport, new { input = new { report = OwnReport.Json(Copy("ha-nam", 2040)) } });

        Assert.True(createOwn.Errors.Count == 0, createOwn.Text);
        Assert.True(importOwn.Errors.Count == 0, importOwn.Text);
        Assert.Equal(2, importOwn.Data!["importReport"].Int("version"));
        AssertRefused(createOther, "FORBIDDEN", "createReport");
        AssertRefused(importOther, "FORBIDDEN", "importReport");
        Assert.Null(await _admin.VersionOfAsync("ha-nam", 2040));
        Assert.Equal(2, await _admin.VersionOfAsync("nam-dinh", 2040));
    }

    [Fact]
    public async Task In_one_request_the_change_allowed_applies_and_the_forbidden_one_does_not()
    {
        // Years 2031 and 2032 of the other province than each test above used there.
        await _admin.CreateReportAsync("nam-dinh", 2032);
        await _admin.CreateReportAsync("ha-nam", 2031);
        var editor = api.GraphQLWith(EditorOf("editor-of-36", NamDinhCode));

        var answer = await editor.PostAsync("""
            mutation {
              own: setIndicator(input: { province: "nam-dinh", year: 2032, code: "press.news-items", value: "1" }) { version }
              other: setIndicator(input: { province: "ha-nam", year: 2031, code: "press.news-items", value: "1" }) { version }
            }
            """);

        Assert.Equal(2, answer.Data!["own"].Int("version"));
        Assert.Null(answer.Data["other"]);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("FORBIDDEN", error.CodeOf());
        Assert.Equal("other", error!["path"]![0]!.GetValue<string>());
        Assert.Equal(2, await _admin.VersionOfAsync("nam-dinh", 2032));
        Assert.Equal(1, await _admin.VersionOfAsync("ha-nam", 2031));
    }

    private const string CreateReport = "mutation($input: CreateReportInput!) { createReport(input: $input) { version } }";

    private const string ImportReport = "mutation($input: ImportReportInput!) { importReport(input: $input) { applied version } }";

    private static Domain.Reports.Report Copy(string province, int year) =>
        new OwnReport(ProvinceDirectory.Default.Find(province)!, year).CopyOfNamDinh();

    private Task<string?> ReadWholeAsync(string province, int year) =>
        _admin.ReadWholeAsync(new OwnReport(ProvinceDirectory.Default.Find(province)!, year));

    private static void AssertRefused(GraphQLAnswer answer, string code, string field, string? who = null)
    {
        var error = Assert.Single(answer.Errors);
        Assert.True(error.CodeOf() == code, $"{who}: expected {code} for {field}, got {answer.Text}");
        Assert.Equal(field, error!["path"]?[0]?.GetValue<string>());
        Assert.True(answer.Data is null || answer.Data[field] is null, $"{who}: {field} answered data: {answer.Text}");
    }
}
