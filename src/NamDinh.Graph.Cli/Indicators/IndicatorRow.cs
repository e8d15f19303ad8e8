using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Cli.Indicators;

/// <summary>
/// One row of a figures CSV, read and checked: the figure's code and value, and what else the row gives
/// (null where its cell is empty or its column missing: the report's current value of it stays).
/// </summary>
public sealed record IndicatorRow(
    int Line,
    string Code,
    decimal Value,
    decimal? Multiplier,
    string? Unit,
    ValueStatus? Status,
    Qualifier? Qualifier,
    int? PeriodYear,
    int? FromMonth,
    int? ToMonth);
