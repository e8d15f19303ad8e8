using NamDinh.Graph.Abstractions.Grains;
using NamDinh.Graph.Domain.Aggregates;

namespace NamDinh.Graph.Abstractions.Aggregates;

public static class GrainFactoryAggregateExtensions
{
    public static ISectorFiguresGrain GetSectorFigures(this IGrainFactory grains, SectorYear key) =>
        GrainReferences.Of(grains, key, static (factory, sectorYear) => factory.GetGrain<ISectorFiguresGrain>(sectorYear.ToString()));

    public static IYearRankingsGrain GetYearRankings(this IGrainFactory grains, int year) =>
        GrainReferences.Of(grains, year, static (factory, key) => factory.GetGrain<IYearRankingsGrain>(key));
}
