using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Abstractions.Aggregates;

/// <summary>The national rankings every province's report of a year states, keyed by the year.</summary>
[Alias("ndg.YearRankingsGrain")]
public interface IYearRankingsGrain : IGrainWithIntegerKey, IProvinceAggregateGrain<Ranking>;
