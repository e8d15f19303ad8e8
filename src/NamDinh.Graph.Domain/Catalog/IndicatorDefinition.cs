using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Catalog;

/// <summary>
/// What an indicator measures, named by a stable code ("postal.revenue"). <paramref name="Kind"/> tells a
/// count (whole, never negative) from an amount or a percentage; <paramref name="HigherIsBetter"/> is null
/// where more is neither better nor worse (a count of petitions, say).
/// </summary>
public sealed record IndicatorDefinition(
    string Code,
    LocalizedText Name,
    string Unit,
    Sector Sector,
    IndicatorKind Kind,
    bool? HigherIsBetter);

public enum IndicatorKind
{
    Count,
    Amount,
    Percentage,
}
