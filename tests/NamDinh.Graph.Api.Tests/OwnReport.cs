using System.Text.Json;
using System.Text.Json.Nodes;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// A report key of one test's own. The tests of the collection share one server and its real Nam Định 2021
/// report, which no test may change; a test that writes works on a key no other test is given: a province
/// other than Nam Định, and a year from 2030 on in steps of three, so that the year before a key's year is
/// never handed out and a test may keep a previous-year report there.
/// </summary>
public sealed record OwnReport(Province Province, int Year)
{
    private static readonly IReadOnlyList<Province> Provinces =
        ProvinceDirectory.Default.All.Where(province => province.Code != "36").ToList();

    private static int HandedOut = -1;

    public static OwnReport Next()
    {
        var number = Interlocked.Increment(ref HandedOut);
        var year = 2030 + 3 * (number / Provinces.Count);
        if (year > 2098)
            throw new InvalidOperationException("The tests have used up their report keys.");
        return new OwnReport(Provinces[number % Provinces.Count], year);
    }

    public string Slug => Province.Slug;

    /// <summary>The report's key as the API gives it ("01-2030"), in change cursors and Report.key.</summary>
    public string Id => $"{Province.Code}-{Year}";

    public ReportKey Key => new(Province.Code, Year);

    /// <summary>The same province's report of the year before, a key no other test is given.</summary>
    public OwnReport PreviousYear => this with { Year = Year - 1 };

    /// <summary>A mutation input for this report: province and year, and the given fields.</summary>
    public JsonObject Input(object? fields = null)
    {
        var input = fields is null ? new JsonObject() : JsonSerializer.SerializeToNode(fields, JsonSerializerOptions.Web)!.AsObject();
        input["province"] = Slug;
        input["year"] = Year;
        return input;
    }

    /// <summary>The variables that name this report to <see cref="Queries.WholeReport"/>.</summary>
    public object Variables(int? version = null, DateTimeOffset? asOf = null) =>
        new { province = Slug, year = Year, version, asOf = asOf?.ToString("O") };

    /// <summary>
    /// The real Nam Định 2021 report, keyed to this report and marked synthetic: realistic data to change
    /// without touching the real report.
    /// </summary>
    public Report CopyOfNamDinh() =>
        SeedReports.All.Single(report => report.Key == new ReportKey("36", 2021)) with { Key = Key, Synthetic = true, Version = 1 };

    /// <summary>A report as the JSON text importReport takes.</summary>
    public static string Json(Report report) => JsonSerializer.Serialize(report, ReportJson.Options);
}
