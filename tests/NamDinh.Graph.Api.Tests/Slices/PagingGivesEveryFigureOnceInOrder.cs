using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests.Slices;

/// <summary>
/// Walking indicators 37 at a time with after: endCursor gives every figure the filter takes exactly once, in the
/// order one page of 500 gives them, which is the order asked then province, year and code; every page says rightly
/// whether pages come before and after it, and totalCount is the same on each. A cursor it never gave, and a page
/// size outside 1–500, are BAD_USER_INPUT.
/// </summary>
public sealed class PagingGivesEveryFigureOnceInOrder(SyntheticTwoYearsServer server) : IClassFixture<SyntheticTwoYearsServer>
{
    private const int PageSize = 37;

    private static readonly object PostalTelecom2021 = new { year = 2021, sector = "POSTAL_TELECOM" };

    [Fact]
    public async Task By_value_descending()
    {
        var order = new[] { new { field = "VALUE", direction = "DESCENDING" } };
        var expected = Taken(figure => figure.Year == 2021 && figure.Sector == Sector.PostalTelecom)
            .OrderByDescending(figure => figure.Figure.BaseValue)
            .ThenBy(figure => figure.ProvinceCode, StringComparer.Ordinal).ThenBy(figure => figure.Year).ThenBy(figure => figure.Code, StringComparer.Ordinal)
            .Select(figure => figure.Id).ToList();

        await WalkAsync(PostalTelecom2021, order, expected);
    }

    [Fact]
    public async Task By_the_default_order()
    {
        var expected = Taken(figure => figure.Year == 2021 && figure.Sector == Sector.PostalTelecom)
            .OrderBy(figure => figure.ProvinceCode, StringComparer.Ordinal).ThenBy(figure => figure.Year).ThenBy(figure => figure.Code, StringComparer.Ordinal)
            .Select(figure => figure.Id).ToList();

        await WalkAsync(PostalTelecom2021, null, expected);
    }

    [Fact]
    public async Task By_a_key_most_figures_tie_on()
    {
        var where = new { fromYear = 2020, toYear = 2021, codes = new[] { "postal.revenue", "inspection.fines", "egov.online-dossiers" } };
        var order = new[] { new { field = "YEAR", direction = "DESCENDING" }, new { field = "CODE", direction = "DESCENDING" } };
        var expected = Taken(figure => figure.Code is "postal.revenue" or "inspection.fines" or "egov.online-dossiers")
            .OrderByDescending(figure => figure.Year).ThenByDescending(figure => figure.Code, StringComparer.Ordinal)
            .ThenBy(figure => figure.ProvinceCode, StringComparer.Ordinal)
            .Select(figure => figure.Id).ToList();

        await WalkAsync(where, order, expected);
    }

    [Fact]
    public async Task Going_on_after_the_last_figure_is_an_empty_last_page()
    {
        var last = await server.Client.IndicatorsPageAsync(new { provinces = new[] { "nam-dinh" } }, null, 500, null);
        Assert.False(last["pageInfo"].Bool("hasNextPage"));

        var after = await server.Client.IndicatorsPageAsync(new { provinces = new[] { "nam-dinh" } }, null, 10, last["pageInfo"].Text("endCursor"));

        Assert.Empty(after.Array("nodes"));
        Assert.Empty(after.Array("edges"));
        Assert.Equal(last.Int("totalCount"), after.Int("totalCount"));
        Assert.True(after["pageInfo"].Bool("hasPreviousPage"));
        Assert.False(after["pageInfo"].Bool("hasNextPage"));
        Assert.Null(after["pageInfo"]!["startCursor"]);
        Assert.Null(after["pageInfo"]!["endCursor"]);
    }

    [Theory]
    [InlineData("nope!")]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Zm9v")]
    [InlineData("ZjEKMzYKMjAyMQ")]
    [InlineData("ZjEKMzYKMjAyMQpwb3N0YWwucmV2ZW51ZQpsb3Rz")]
    public async Task A_cursor_the_connection_never_gave_is_bad_user_input(string cursor)
    {
        var answer = await server.Client.PostAsync("query($after: String) { indicators(after: $after) { totalCount } }", new { after = cursor });

        var error = Assert.Single(answer.Errors);
        Assert.Equal("BAD_USER_INPUT", error.CodeOf());
        Assert.Equal("after", error.FieldOf());
        Assert.Null(answer.Data);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(501)]
    public async Task A_page_size_outside_1_to_500_is_bad_user_input(int first)
    {
        var answer = await server.Client.PostAsync("query($first: Int) { indicators(first: $first) { totalCount } }", new { first });

        var error = Assert.Single(answer.Errors);
        Assert.Equal("BAD_USER_INPUT", error.CodeOf());
        Assert.Equal("first", error.FieldOf());
        Assert.Null(answer.Data);
    }

    [Fact]
    public async Task Without_first_a_page_is_50_figures()
    {
        var page = await server.Client.QueryAsync("{ indicators { totalCount nodes { code } pageInfo { hasNextPage } } }");

        Assert.Equal(50, page["indicators"].Array("nodes").Count);
        Assert.Equal(HeldFigure.Of(server.Held).Count, page["indicators"].Int("totalCount"));
        Assert.True(page["indicators"]!["pageInfo"].Bool("hasNextPage"));
    }

    private IEnumerable<HeldFigure> Taken(Func<HeldFigure, bool> takes) => HeldFigure.Of(server.Held).Where(takes);

    /// <summary>Walks the filter 37 at a time and checks every page against one page of 500 and the expected order.</summary>
    private async Task WalkAsync(object where, object? order, IReadOnlyList<FigureId> expected)
    {
        Assert.InRange(expected.Count, 200, 500);
        var whole = await server.Client.IndicatorsPageAsync(where, order, 500, null);
        Assert.Equal(expected, whole.Array("nodes").Select(FigureId.Of).ToList());
        Assert.False(whole["pageInfo"].Bool("hasNextPage"));
        Assert.False(whole["pageInfo"].Bool("hasPreviousPage"));

        var walked = new List<FigureId>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await server.Client.IndicatorsPageAsync(where, order, PageSize, after);
            pages++;
            Assert.Equal(expected.Count, page.Int("totalCount"));
            var nodes = page.Array("nodes").Select(FigureId.Of).ToList();
            var edges = page.Array("edges");
            Assert.Equal(nodes, edges.Select(edge => FigureId.Of(edge!["node"])).ToList());
            var info = page["pageInfo"]!;
            var isLast = walked.Count + nodes.Count == expected.Count;
            Assert.Equal(isLast ? expected.Count - walked.Count : PageSize, nodes.Count);
            Assert.Equal(after is not null, info.Bool("hasPreviousPage"));
            Assert.Equal(!isLast, info.Bool("hasNextPage"));
            Assert.Equal(edges[0].Text("cursor"), info.Text("startCursor"));
            Assert.Equal(edges[^1].Text("cursor"), info.Text("endCursor"));
            walked.AddRange(nodes);
            if (isLast)
                break;
            Assert.True(pages < 100, "The walk does not end.");
            after = info.Text("endCursor");
        }

        Assert.Equal((expected.Count + PageSize - 1) / PageSize, pages);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.Equal(expected, walked);
    }
}
