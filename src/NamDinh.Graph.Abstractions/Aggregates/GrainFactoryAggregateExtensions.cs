using NamDinh.Graph.Domain.Aggregates;

namespace NamDinh.Graph.Abstractions.Aggregates;

public static class GrainFactoryAggregateExtensions
{
    public static ISectorFiguresGrain GetSectorFigures(this IGrainFactory grains, SectorYear key) =>
        grains.GetGrain<ISectorFiguresGrain>(key.ToString());

    public static IYearRankingsGrain GetYearRankings(this IGrainFactory grains, int year) =>
        grains.GetGrain<IYearRankingsGrain>(year);
}
