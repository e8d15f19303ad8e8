using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>An aggregate lists its provinces' contributions by statistical code, whatever order they arrived in.</summary>
public sealed class ContributionsAreOrderedByProvinceCode
{
    [Fact]
    public void ContributionsTakenInAnyOrderAreListedByCode()
    {
        var aggregate = Contributions.Aggregate(
            Contributions.Of("96", 1, 1m), Contributions.Of("01", 1, 2m), Contributions.Of("36", 1, 3m),
            Contributions.Of("10", 1, 4m), Contributions.Of("02", 1, 5m), Contributions.Of("36", 2, 6m));

        Assert.Equal(["01", "02", "10", "36", "96"], aggregate.Contributions.Select(contribution => contribution.ProvinceCode));
    }

    [Fact]
    public void AnAggregateMadeFromAListOrdersItToo()
    {
        var aggregate = new ProvinceAggregate<IndicatorValue>([Contributions.Of("79", 1, 1m), Contributions.Of("01", 1, 2m), Contributions.Of("36", 1, 3m)]);

        Assert.Equal(["01", "36", "79"], aggregate.Contributions.Select(contribution => contribution.ProvinceCode));
    }

    [Fact]
    public void ASyntheticSectorYearListsEveryProvinceInCodeOrder()
    {
        var codes = SyntheticSlices.SectorYears[new SectorYear(Sector.InformationTechnology, 2021)].Contributions.Select(contribution => contribution.ProvinceCode);

        Assert.Equal(ProvinceDirectory.Default.All.Select(province => province.Code).Order(StringComparer.Ordinal), codes);
    }
}
