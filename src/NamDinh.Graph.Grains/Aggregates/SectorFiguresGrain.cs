using Microsoft.Extensions.Logging;
using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Grains.Aggregates;

public sealed class SectorFiguresGrain(
    [PersistentState("sector-figures", SiloStorageExtensions.ReportStorageName)] IPersistentState<ProvinceAggregateState<IndicatorValue>> state,
    StorageOptions storage,
    ILogger<SectorFiguresGrain> logger)
    : ProvinceAggregateGrain<IndicatorValue>(state, storage, logger), ISectorFiguresGrain;
