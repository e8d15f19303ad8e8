using System.Globalization;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Slices;

/// <summary>
/// A national index's table as the provinces' reports of one year state it: each province's place, best first,
/// for one edition of the index (the edition the reports name, or null where they do not), with a finding for
/// each place claimed by more than one province in an index that gives each place once.
/// </summary>
public sealed record RankingTable(RankingIndexDefinition Index, int Year, int? EditionYear, IReadOnlyList<RankingEntry> Entries, IReadOnlyList<Finding> Findings)
{
    /// <summary>The tables of every index and edition the year's reports name, in catalog order then edition.</summary>
    public static IReadOnlyList<RankingTable> Of(int year, ProvinceAggregate<Ranking> aggregate, IndicatorCatalog catalog, ProvinceDirectory provinces)
    {
        var entries = aggregate.Contributions.SelectMany(contribution => contribution.Items.Select(ranking =>
            new RankingEntry(new ReportKey(contribution.ProvinceCode, year), contribution.ReportVersion, contribution.Synthetic, ranking)));
        var catalogOrder = catalog.RankingIndexes.Select((index, position) => (index.Code, position)).ToDictionary(entry => entry.Code, entry => entry.position);
        return [.. entries
            .GroupBy(entry => (entry.Ranking.Index, entry.Ranking.EditionYear))
            .OrderBy(group => catalogOrder.GetValueOrDefault(group.Key.Index, int.MaxValue)).ThenBy(group => group.Key.Index, StringComparer.Ordinal).ThenBy(group => group.Key.EditionYear)
            .Select(group =>
            {
                var index = catalog.FindRankingIndex(group.Key.Index) ?? new RankingIndexDefinition(group.Key.Index, group.First().Ranking.Name);
                var ordered = group.OrderBy(entry => entry.Ranking.Position).ThenBy(entry => entry.Report.ProvinceCode, StringComparer.Ordinal).ToList();
                return new RankingTable(index, year, group.Key.EditionYear, ordered, index.SharesPlaces ? [] : SharedPlaces(index, group.Key.EditionYear, ordered, provinces));
            })];
    }

    private static List<Finding> SharedPlaces(RankingIndexDefinition index, int? edition, IReadOnlyList<RankingEntry> entries, ProvinceDirectory provinces) =>
        [.. entries
            .GroupBy(entry => entry.Ranking.Position)
            .Where(place => place.Count() > 1)
            .Select(place =>
            {
                var claimants = string.Join(", ", place.Select(entry => provinces.FindByCode(entry.Report.ProvinceCode) is { } province ? $"{province.Name} ({province.Code})" : entry.Report.ProvinceCode));
                var kind = FindingKind.PlaceClaimedByMoreThanOne;
                return new Finding(
                    $"{kind}:{index.Code}:{edition?.ToString(CultureInfo.InvariantCulture) ?? "unnamed"}:{place.Key}", kind, index.Code,
                    $"Place {place.Key} of '{index.Code}'{(edition is null ? "" : $" ({edition} edition)")} is claimed by {place.Count()} provinces: {claimants}; the index gives each place to one province.",
                    [new("position", place.Key), new("claimants", place.Count())],
                    null);
            })];
}

/// <summary>One province's place in a ranking table, from its report of the table's year.</summary>
public sealed record RankingEntry(ReportKey Report, long ReportVersion, bool Synthetic, Ranking Ranking);
