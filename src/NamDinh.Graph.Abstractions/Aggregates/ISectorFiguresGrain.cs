using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Abstractions.Aggregates;

/// <summary>A sector's figures in a year from every province's report, keyed by <see cref="Domain.Aggregates.SectorYear"/> ("InformationTechnology-2021").</summary>
[Alias("ndg.SectorFiguresGrain")]
public interface ISectorFiguresGrain : IGrainWithStringKey, IProvinceAggregateGrain<IndicatorValue>;
