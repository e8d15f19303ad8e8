using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Grains.Aggregates;

public sealed class SectorFiguresGrain(
    [PersistentState("sector-figures", SiloStorageExtensions.ReportStorageName)] IPersistentState<ProvinceAggregateState<IndicatorValue>> state)
    : ProvinceAggregateGrain<IndicatorValue>(state), ISectorFiguresGrain;
