using System.Globalization;
using GraphQL.DataLoader;
using NamDinh.Graph.Api.Loading;
using NamDinh.Graph.Api.Schema.Types;
using NamDinh.Graph.Api.Schema.Types.Slices;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Api.Schema.Ids;

/// <summary>
/// Finds the object a Node's id names, as the field that gave the id would serve it, through the request's loaders:
/// ids of one report cost one grain call, however many. Null for an id no object has (a dry run's preview is never
/// stored, so nothing of it is found again).
/// </summary>
public sealed class NodeLookup(GrainLoaders loaders)
{
    private static IndicatorCatalog Catalog => IndicatorCatalog.Default;

    public IDataLoaderResult<object?> Find(string text)
    {
        if (!GlobalId.TryParse(text, out var id))
            return Nothing;
        return id.TypeName switch
        {
            "Report" => Report(id.Key).Map(object? (report) => report),
            "IndicatorValue" => InReport(id, report => report.Indicators.FirstOrDefault(figure => figure.Code == Last(id))),
            "Ranking" => InReport(id, report => report.Rankings.FirstOrDefault(ranking => ranking.Index == Last(id))),
            "NarrativeItem" => InReport(id, report => NarrativeItems(report).FirstOrDefault(item => item.Id == Last(id))),
            "Finding" => Finding(id),
            "Revision" => Revision(id),
            "Province" => Ready(ProvinceDirectory.Default.FindByCode(id.Key)),
            "Unit" => Ready(Catalog.FindUnit(id.Key)),
            "IndicatorDefinition" => Ready(Catalog.Find(id.Key)),
            "RankingIndex" => Ready(Catalog.FindRankingIndex(id.Key)),
            "ProvinceFigure" => ProvinceFigure(id),
            "SectorSummary" => SectorSummary(id),
            "IndicatorSummary" => IndicatorSummary(id),
            "RankingTable" => RankingTable(id),
            _ => Nothing,
        };
    }

    private static IDataLoaderResult<object?> Nothing { get; } = PendingResults.Ready<object?>(null);

    private static IDataLoaderResult<object?> Ready(object? found) => PendingResults.Ready(found);

    /// <summary>The last part of an id whose key is a report scope and one more part: the code, index or key in the report.</summary>
    private static string Last(GlobalId id) => id.Key[(id.Key.IndexOf(':') + 1)..];

    /// <summary>The report of a scope: the current one through the loader of reports, one as of a version through the loader of versions.</summary>
    private IDataLoaderResult<Scoped<Report>?> Report(string scopeText)
    {
        if (!ReportScope.TryParse(scopeText, out var scope) || scope.IsPreview)
            return PendingResults.Ready<Scoped<Report>?>(null);
        var report = scope.Version is { } version ? loaders.ReportVersions.Load(new ReportVersion(scope.Key, version)) : loaders.Reports.Load(scope.Key);
        return report.Map(found => found is null ? null : scope.Of(found));
    }

    /// <summary>A part of a report: the id's key is the report's scope and the part's key.</summary>
    private IDataLoaderResult<object?> InReport<T>(GlobalId id, Func<Report, T?> find) where T : class =>
        id.TrySplit(2, out var parts)
            ? Report(parts[0]).Map(object? (report) => report is not null && find(report.Item) is { } found ? report.Scope.Of(found) : null)
            : Nothing;

    private static IEnumerable<NarrativeItem> NarrativeItems(Report report) => NarrativeParts.Of(report).SelectMany(part => part.Items);

    /// <summary>A finding of a report as read ("36-2021:…"), or of a year's ranking tables ("2021:…").</summary>
    private IDataLoaderResult<object?> Finding(GlobalId id)
    {
        if (!id.TrySplit(2, out var parts))
            return Nothing;
        var (foundIn, key) = (parts[0], parts[1]);
        if (int.TryParse(foundIn, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return RankingTables(year).Map(object? (tables) => tables
                .SelectMany(table => table.Findings.Select(finding => FoundFinding.InRankingTables(finding, table)))
                .FirstOrDefault(found => found.FoundIn == foundIn && found.Finding.Id == key));
        return Report(foundIn).Then(report => report is null
            ? PendingResults.Ready<object?>(null)
            : ReportFindings.Of(loaders, report).Map(object? (findings) => findings.FirstOrDefault(found => found.Finding.Id == key)));
    }

    private IDataLoaderResult<object?> Revision(GlobalId id)
    {
        if (!id.TrySplit(2, out var parts) || !ReportKey.TryParse(parts[0], out var key)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
            return Nothing;
        return loaders.Revisions.Load(new ReportVersion(key, version)).Map(object? (revision) => revision is null ? null : new ReportRevision(key, revision));
    }

    private IDataLoaderResult<object?> ProvinceFigure(GlobalId id)
    {
        if (!id.TrySplit(2, out var parts) || !ReportKey.TryParse(parts[0], out var key) || Catalog.Find(parts[1]) is not { } definition)
            return Nothing;
        return loaders.SectorFigures.Load(new SectorYear(definition.Sector, key.Year)).Map(object? (aggregate) =>
            Domain.Slices.ProvinceFigure.In(key.Year, aggregate).FirstOrDefault(figure => figure.Report == key && figure.Figure.Code == definition.Code));
    }

    /// <summary>A sector-year's summary ("PostalTelecom-2021"), or of some of its indicators ("PostalTelecom-2021:postal.revenue,postal.items").</summary>
    private IDataLoaderResult<object?> SectorSummary(GlobalId id)
    {
        var parts = id.Key.Split(':', 2);
        if (!SectorYear.TryParse(parts[0], out var key))
            return Nothing;
        var codes = parts.Length == 2 ? parts[1].Split(',').ToHashSet(StringComparer.Ordinal) : null;
        return loaders.SectorFigures.Load(key).Map(object? (aggregate) =>
            Domain.Slices.SectorSummary.Of(key, aggregate, Catalog, codes) is var summary && SectorSummaryGraphType.KeyOf(summary) == id.Key ? summary : null);
    }

    private IDataLoaderResult<object?> IndicatorSummary(GlobalId id)
    {
        if (!id.TrySplit(2, out var parts) || !SectorYear.TryParse(parts[0], out var key) || Catalog.Find(parts[1]) is not { } definition || definition.Sector != key.Sector)
            return Nothing;
        return loaders.SectorFigures.Load(key).Map(object? (aggregate) =>
            new SectorIndicatorSummary(key, Domain.Slices.SectorSummary.Of(key, aggregate, Catalog, new HashSet<string> { definition.Code }).Indicators.Single()));
    }

    private IDataLoaderResult<object?> RankingTable(GlobalId id) =>
        id.TrySplit(3, out var parts) && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? RankingTables(year).Map(object? (tables) => tables.FirstOrDefault(table => RankingTableGraphType.KeyOf(table) == id.Key))
            : Nothing;

    private IDataLoaderResult<IReadOnlyList<RankingTable>> RankingTables(int year) =>
        year is >= ReportKey.EarliestYear and <= ReportKey.LatestYear
            ? loaders.YearRankings.Load(year).Map(aggregate => Domain.Slices.RankingTable.Of(year, aggregate, Catalog, ProvinceDirectory.Default))
            : PendingResults.Ready<IReadOnlyList<RankingTable>>([]);
}
