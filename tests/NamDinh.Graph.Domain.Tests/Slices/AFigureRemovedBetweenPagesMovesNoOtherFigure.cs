using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// The next page starts after the position the cursor names, not at a count of figures: a figure removed after a
/// page was read, even the one the cursor names, moves no other figure onto or off the next page.
/// </summary>
public sealed class AFigureRemovedBetweenPagesMovesNoOtherFigure
{
    private const int PageSize = 7;

    public static TheoryData<string, int> OrdersAndRemovedPlaces()
    {
        var data = new TheoryData<string, int>();
        foreach (var order in Paging.Orders.Keys)
            foreach (var place in new[] { 0, 3, PageSize - 1 })
                data.Add(order, place);
        return data;
    }

    [Theory]
    [MemberData(nameof(OrdersAndRemovedPlaces))]
    public void AFigureOfThePageReadIsRemoved(string order, int removedPlace)
    {
        var ordering = Paging.Orders[order].Ordering;
        var figures = SyntheticSlices.Slice(Paging.FiveProvincesTwoYears);
        var first = FigurePage.Of(figures, FigureFilter.All, ordering, PageSize, null);
        var next = FigurePage.Of(figures, FigureFilter.All, ordering, PageSize, Paging.After(first));
        var removed = first.Figures[removedPlace];

        var afterRemoval = FigurePage.Of(figures.Where(figure => figure != removed), FigureFilter.All, ordering, PageSize, Paging.After(first));

        Assert.Equal(next.Figures.Select(SyntheticSlices.Id), afterRemoval.Figures.Select(SyntheticSlices.Id));
        Assert.Equal(next.TotalCount - 1, afterRemoval.TotalCount);
        Assert.True(afterRemoval.HasPreviousPage);
    }

    [Theory]
    [MemberData(nameof(WalkingThePagesVisitsEveryFigureOnceInOrder.OrderNames), MemberType = typeof(WalkingThePagesVisitsEveryFigureOnceInOrder))]
    public void AFigureOfTheNextPageIsRemovedAndNoOtherLeavesIt(string order)
    {
        var ordering = Paging.Orders[order].Ordering;
        var figures = SyntheticSlices.Slice(Paging.FiveProvincesTwoYears);
        var first = FigurePage.Of(figures, FigureFilter.All, ordering, PageSize, null);
        var next = FigurePage.Of(figures, FigureFilter.All, ordering, PageSize + 1, Paging.After(first));
        var removed = next.Figures[2];

        var afterRemoval = FigurePage.Of(figures.Where(figure => figure != removed), FigureFilter.All, ordering, PageSize, Paging.After(first));

        Assert.Equal(next.Figures.Where(figure => figure != removed).Select(SyntheticSlices.Id), afterRemoval.Figures.Select(SyntheticSlices.Id));
    }
}
