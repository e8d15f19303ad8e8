using System.Net;
using System.Net.Http.Headers;

namespace NamDinh.Graph.Api.Tests.HttpCaching;

/// <summary>
/// An anonymous GET query's answer has a strong ETag made from the versions of what it read, and Cache-Control
/// no-cache: the same ETag in If-None-Match is 304 with no body, until a change of a report (or of an aggregate) the
/// answer read gives it a new one. Answers with errors, to a token's holder, or that read a report's past or history
/// have none.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class GetQueriesRevalidateByTheVersionsTheyRead(ApiFactory api)
{
    private readonly HttpClient _anonymous = api.CreateClientWith(null);
    private readonly GraphQLClient _admin = new(api.CreateClient());

    [Fact]
    public async Task ETag_then_304_then_a_new_ETag_after_a_change_of_the_report()
    {
        var own = OwnReport.Next();
        await _admin.ImportCopyOfNamDinhAsync(own);
        var url = Url($$"""{ report(province: "{{own.Slug}}", year: {{own.Year}}) { version indicators(code: "postal.revenue") { value } } }""");

        using var first = await _anonymous.GetAsync(url);
        var tag = first.Headers.ETag;
        using var revalidated = await GetAsync(url, tag!);
        await _admin.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "131", multiplier = "1000000000" }), "version");
        using var afterTheChange = await GetAsync(url, tag!);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(tag, revalidated.Headers.ETag);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, afterTheChange.StatusCode);
        Assert.NotEqual(tag, afterTheChange.Headers.ETag);
        Assert.Contains("\"131\"", await afterTheChange.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_aggregate_read_changes_its_ETag_when_a_province_changes()
    {
        var own = OwnReport.Next();
        await _admin.ImportCopyOfNamDinhAsync(own);
        var url = Url($$"""{ sectorSummary(sector: POSTAL_TELECOM, year: {{own.Year}}) { reportingProvinces indicators { code sum } } }""");
        using var first = await _anonymous.GetAsync(url);

        await _admin.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "132", multiplier = "1000000000" }), "version");
        var changed = await EventuallyAsync(async () =>
        {
            using var again = await GetAsync(url, first.Headers.ETag!);
            return again.StatusCode == HttpStatusCode.OK && again.Headers.ETag != first.Headers.ETag;
        });

        Assert.NotNull(first.Headers.ETag);
        Assert.True(changed, "The summary's ETag did not change after a figure of one of its provinces changed.");
    }

    [Theory]
    [InlineData("""{ report(province: "nam-dinh", year: 2021) { history(first: 1) { nodes { version } } } }""")]
    [InlineData("""{ report(province: "nam-dinh", year: 2021, version: 1) { version } }""")]
    [InlineData("""{ report(province: "nam-dinh", year: 1999) { version } }""")]
    public async Task Answers_that_read_the_past_or_have_errors_have_no_ETag(string query)
    {
        using var response = await _anonymous.GetAsync(Url(query));

        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task A_token_holders_answer_has_no_ETag()
    {
        using var response = await api.CreateClient().GetAsync(Url("""{ report(province: "nam-dinh", year: 2021) { version } }"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Another_ETag_or_another_request_is_answered_in_full()
    {
        var url = Url("""{ report(province: "nam-dinh", year: 2021) { version } }""");
        using var first = await _anonymous.GetAsync(url);

        using var otherTag = await GetAsync(url, new EntityTagHeaderValue("\"not-this-one\""));
        using var otherVariables = await GetAsync(url + "&variables=" + Uri.EscapeDataString("{}"), first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.OK, otherTag.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherVariables.StatusCode);
    }

    private static string Url(string query) => "/graphql?query=" + Uri.EscapeDataString(query);

    private async Task<HttpResponseMessage> GetAsync(string url, EntityTagHeaderValue tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(tag);
        return await _anonymous.SendAsync(request);
    }

    /// <summary>The aggregates hear of a change just after it is acknowledged.</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> check)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await check())
                return true;
            await Task.Delay(100);
        }
        return false;
    }
}
