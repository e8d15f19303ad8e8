namespace NamDinh.Graph.Api.Tests.Ids;

/// <summary>
/// Read into a normalising cache, everything the API serves of the real Nam Định 2021 report and the synthetic Hà Nam
/// 2021 report, now and as of earlier versions, with every slice across them, keeps each object apart: every object has
/// an id; one id never holds two values of a field; the two reports share no object but the catalog's; a report read as
/// of a version shares no object with the current one but what never changes: the catalog, provinces, revisions, and
/// what was as of a version (the figures before and after each revision in the history of both).
/// </summary>
public sealed class IdsNameOneThingAcrossReportsAndVersions(TwoReportsServer server) : IClassFixture<TwoReportsServer>
{
    private static readonly string[] CatalogTypes = ["Unit", "IndicatorDefinition", "RankingIndex"];

    private static readonly string[] Unchanging = [.. CatalogTypes, "Province", "Revision", "IndicatorRevision"];

    [Fact]
    public async Task Every_object_read_has_an_id_and_one_id_never_holds_two_values()
    {
        var cache = await EverythingAsync();

        Assert.Empty(cache.WithoutId);
        Assert.Empty(cache.Conflicts);
        Assert.True(cache.Ids.Count() > 1000, $"Only {cache.Ids.Count()} objects were read.");
    }

    [Fact]
    public async Task The_two_reports_share_no_object_but_the_catalogs()
    {
        var cache = await EverythingAsync();

        var shared = SharedBy(cache, "namDinh", "haNam").Where(id => !CatalogTypes.Contains(cache.TypeOf(id)));

        Assert.Empty(shared);
    }

    [Theory]
    [InlineData("haNam", "haNamAtVersion1")]
    [InlineData("haNam", "haNamAtVersion2")]
    [InlineData("haNamAtVersion1", "haNamAtVersion2")]
    [InlineData("namDinh", "namDinhAtVersion1")]
    public async Task A_report_read_as_of_a_version_shares_no_object_with_another_version_but_what_never_changes(string one, string other)
    {
        var cache = await EverythingAsync();

        var shared = SharedBy(cache, one, other).Where(id => !Unchanging.Contains(cache.TypeOf(id)) && !id.Contains('@'));

        Assert.Empty(shared);
    }

    [Fact]
    public async Task The_past_and_the_present_of_a_figure_are_two_objects_each_with_its_own_value()
    {
        var cache = await EverythingAsync();

        Assert.Equal("\"777\"", cache.FieldsOf("IndicatorValue:35-2021:postal.revenue")["value"]);
        Assert.NotEqual("\"777\"", cache.FieldsOf("IndicatorValue:35-2021@1:postal.revenue")["value"]);
        Assert.Equal("ref(Report:35-2021)", cache.FieldsOf("ProvinceFigure:35-2021:postal.revenue")["report"]);
        Assert.Equal("ref(IndicatorValue:35-2021:postal.revenue)", cache.FieldsOf("ProvinceFigure:35-2021:postal.revenue")["figure"]);
        Assert.Equal("3", cache.FieldsOf("Report:35-2021")["version"]);
        Assert.Equal("1", cache.FieldsOf("Report:35-2021@1")["version"]);
        Assert.Equal("1", cache.FieldsOf("Report:36-2021@1")["version"]);
    }

    [Fact]
    public async Task Ids_read_as_the_agreed_format()
    {
        var cache = await EverythingAsync();

        string[] expected =
        [
            "Report:36-2021", "Report:35-2021@1", "Province:36", "Unit:VND", "IndicatorDefinition:postal.revenue", "RankingIndex:ict-index",
            "IndicatorValue:36-2021:postal.revenue", "IndicatorValue:35-2021@2:postal.revenue", "IndicatorValue:36-2021:postal.revenue/period",
            "IndicatorValue:36-2021:postal.revenue/comparisons/change", "Ranking:36-2021:ict-index", "NarrativeItem:36-2021:task-3.1-01",
            "NarrativeItem:35-2021@1:task-3.1-01", "Report:36-2021/document", "Report:36-2021/document/answers", "Report:36-2021/proposals",
            "Finding:36-2021:ComparisonWithOtherThanPreviousYear:postal.revenue", "Finding:36-2021:ComparisonWithOtherThanPreviousYear:postal.revenue/figures/0",
            "Revision:35-2021:3", "RevisionEntry:35-2021@3:indicators:postal.revenue", "IndicatorRevision:35-2021:3:postal.revenue",
            "ProvinceFigure:35-2021:postal.revenue", "SectorSummary:PostalTelecom-2021", "SectorSummary:PostalTelecom-2021:postal.revenue",
            "IndicatorSummary:PostalTelecom-2021:postal.revenue", "IndicatorSummary:PostalTelecom-2021:postal.revenue/minimum",
            "ProvinceRank:35-2021:postal.revenue", "IndicatorSeries:35:postal.revenue", "SeriesPoint:35:postal.revenue:2021",
            "Comparison:2021:36,35:postal.revenue,telecom.revenue", "ComparisonRow:2021:35:postal.revenue,telecom.revenue",
            "RankingTable:2021:ict-index:unnamed", "RankingEntry:35-2021:ict-index", "Finding:2021:PlaceClaimedByMoreThanOne:ict-index:unnamed:11",
            "ReportChangeEvent:35-2021:3",
        ];
        Assert.Empty(expected.Except(cache.Ids));
    }

    private Task<NormalisedCache> EverythingAsync() => Everything.ReadAsync(server.Client);

    /// <summary>The ids found under both root fields.</summary>
    private static IEnumerable<string> SharedBy(NormalisedCache cache, string one, string other) =>
        cache.FoundUnder.Where(entry => entry.Value.Contains(one) && entry.Value.Contains(other)).Select(entry => entry.Key);
}
