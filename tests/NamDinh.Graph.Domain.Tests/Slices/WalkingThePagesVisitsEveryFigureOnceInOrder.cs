using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// Walking a slice page after page, each from the endCursor of the one before, gives every figure the filter takes
/// exactly once, in the order a sort of the whole slice gives, with the same total on every page, a next page on
/// all but the last and a previous page on all but the first.
/// </summary>
public sealed class WalkingThePagesVisitsEveryFigureOnceInOrder
{
    public static TheoryData<string, int> OrdersAndPageSizes()
    {
        var data = new TheoryData<string, int>();
        foreach (var order in Paging.Orders.Keys)
            foreach (var size in new[] { 1, 7, 50, 500 })
                data.Add(order, size);
        return data;
    }

    public static TheoryData<string> OrderNames() => [.. Paging.Orders.Keys];

    [Theory]
    [MemberData(nameof(OrdersAndPageSizes))]
    public void FiveProvincesOverTwoYears(string order, int pageSize) =>
        AssertWalk(Paging.FiveProvincesTwoYears, order, pageSize);

    [Theory]
    [InlineData("default")]
    [InlineData("VALUE descending")]
    public void TheWholeSyntheticSetInPagesOfFiveHundred(string order) =>
        AssertWalk(FigureFilter.All, order, 500);

    [Fact]
    public void APageCountsAndHoldsOnlyWhatItsFilterTakes()
    {
        var page = FigurePage.Of(SyntheticSlices.Figures, Paging.FiveProvincesTwoYears, FigureOrdering.Default, 500, null);

        Assert.Equal(SyntheticSlices.Sorted(SyntheticSlices.Slice(Paging.FiveProvincesTwoYears)), SyntheticSlices.Sorted(page.Figures));
        Assert.Equal((410, false, false), (page.TotalCount, page.HasPreviousPage, page.HasNextPage));
    }

    [Fact]
    public void AnEmptySliceIsOneEmptyPage()
    {
        var page = FigurePage.Of(SyntheticSlices.Figures, new FigureFilter(ProvinceCodes: new HashSet<string> { "00" }), FigureOrdering.Default, 10, null);

        Assert.Empty(page.Figures);
        Assert.Equal((0, false, false), (page.TotalCount, page.HasPreviousPage, page.HasNextPage));
    }

    [Fact]
    public void TheSliceWalkedHasTiesOfValue()
    {
        var slice = SyntheticSlices.Slice(Paging.FiveProvincesTwoYears);

        Assert.Equal(410, slice.Count);
        Assert.True(slice.Select(figure => figure.Figure.BaseValue).Distinct().Count() < slice.Count, "No two figures of the walked slice tie on value, so the tiebreak goes untested.");
    }

    private static void AssertWalk(FigureFilter filter, string order, int pageSize)
    {
        var (ordering, sort) = Paging.Orders[order];
        // As the API pages: over the figures the filter takes from the aggregates.
        var figures = SyntheticSlices.Slice(filter);
        var expected = sort(figures).Select(SyntheticSlices.Id).ToList();
        var visited = new List<string>();
        FigurePosition? after = null;
        for (var pageNumber = 0; ; pageNumber++)
        {
            Assert.True(pageNumber <= expected.Count, "The walk does not end.");
            var page = FigurePage.Of(figures, FigureFilter.All, ordering, pageSize, after);

            Assert.Equal(expected.Count, page.TotalCount);
            Assert.Equal(pageNumber > 0, page.HasPreviousPage);
            visited.AddRange(page.Figures.Select(SyntheticSlices.Id));
            if (!page.HasNextPage)
                break;
            Assert.Equal(pageSize, page.Figures.Count);
            after = Paging.After(page);
        }

        Assert.Equal(expected, visited);
        Assert.Equal(visited.Count, visited.Distinct().Count());
    }
}
