using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Ids;

/// <summary>
/// A figure a slice across provinces carries. The aggregates keep figures without their source sentences; the figure
/// is the report's current one all the same, with its id, and its sentence is read from the report when asked for.
/// </summary>
public sealed record SliceFigure(IndicatorValue Figure, ReportKey Report) : Scoped<IndicatorValue>(Figure, ReportScope.Current(Report));
