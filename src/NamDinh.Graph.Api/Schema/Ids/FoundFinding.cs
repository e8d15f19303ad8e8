using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Api.Schema.Ids;

/// <summary>
/// A finding and what it was found in, which its id names beside the finding's own id (kind and subject): a report as
/// read ("36-2021", "36-2021@3"), or a year's ranking tables ("2021") for a place two provinces claim.
/// </summary>
public sealed record FoundFinding(Finding Finding, string FoundIn)
{
    public static FoundFinding InReport(Finding finding, ReportScope report) => new(finding, report.ToString());

    public static FoundFinding InRankingTables(Finding finding, RankingTable table) => new(finding, table.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
