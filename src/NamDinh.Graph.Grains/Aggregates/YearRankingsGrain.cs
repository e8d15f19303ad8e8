using Microsoft.Extensions.Logging;
using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Grains.Aggregates;

public sealed class YearRankingsGrain(
    [PersistentState("year-rankings", SiloStorageExtensions.ReportStorageName)] IPersistentState<ProvinceAggregateState<Ranking>> state,
    StorageOptions storage,
    ILogger<YearRankingsGrain> logger)
    : ProvinceAggregateGrain<Ranking>(state, storage, logger), IYearRankingsGrain;
