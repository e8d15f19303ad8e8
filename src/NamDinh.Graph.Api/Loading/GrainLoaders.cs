using System.Collections.Concurrent;
using GraphQL;
using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Reports;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Api.Loading;

/// <summary>
/// The grains one GraphQL execution reads, each asked once however many fields name it: reports (current, or as of a
/// version), revisions, sector-year figures, a year's rankings and the catalog of reports. Made afresh for every
/// execution, so nothing read is kept from one request to the next. (A subscription's events carry what changed; one
/// that asks for more of the report reads its grain, not these, which would keep it as long as the subscription runs.)
/// A report whose grain does not answer within <see cref="ReportPatience"/> (its silo froze, or the silo that knows
/// where it lives did) is read from storage instead, and marked as possibly behind (<see cref="IsPossiblyBehind"/>).
/// </summary>
public sealed class GrainLoaders
{
    /// <summary>How long a read waits for a report's grain before it answers with what storage holds.</summary>
    public static readonly TimeSpan ReportPatience = TimeSpan.FromSeconds(2);

    private const string UserContextKey = "NamDinh.Graph.GrainLoaders";
    private readonly Lazy<Task<IReadOnlyList<ReportKey>>> _catalog;
    private readonly ConcurrentDictionary<ReportKey, bool> _readFromStorage = new();

    /// <summary>Loaders that tell <paramref name="reads"/> (when given) each grain they read and at which version.</summary>
    public GrainLoaders(IGrainFactory grains, IReportStore store, WhatWasRead? reads = null)
    {
        Reports = new(async (keys, _) => await FetchEachAsync(keys, async key =>
        {
            var report = await CurrentOrStoredAsync(grains, store, key);
            reads?.Report(key, report);
            // An answer from storage is not kept or given an ETag: once the grain answers, the same question is asked of it.
            if (IsPossiblyBehind(key))
                reads?.NotRecorded();
            return report;
        }));
        ReportVersions = new(async (keys, _) =>
        {
            reads?.NotRecorded();
            return await FetchEachAsync(keys, key => grains.GetReportGrain(key.Report).GetAsOfAsync(null, key.Version));
        });
        Revisions = new(async (keys, _) =>
        {
            reads?.NotRecorded();
            return await RevisionPages.ReadAsync(grains, keys);
        });
        SectorFigures = new(async (keys, _) => await FetchEachAsync(keys, async key =>
        {
            var figures = (await grains.GetSectorFigures(key).GetAsync()).Value;
            reads?.SectorFigures(key, figures);
            return figures;
        }));
        YearRankings = new(async (keys, _) => await FetchEachAsync(keys, async year =>
        {
            var rankings = (await grains.GetYearRankings(year).GetAsync()).Value;
            reads?.YearRankings(year, rankings);
            return rankings;
        }));
        _catalog = new(async () =>
        {
            var keys = await grains.GetReportCatalog().ListAsync();
            reads?.Catalog(keys);
            return keys;
        });
    }

    /// <summary>Reads each source again, so that <paramref name="reads"/> has their versions now.</summary>
    public static async Task ReadAgainAsync(IGrainFactory grains, IReportStore store, IEnumerable<ReadSource> sources, WhatWasRead reads, CancellationToken cancellationToken)
    {
        var loaders = new GrainLoaders(grains, store, reads);
        await Task.WhenAll(sources.Select(source => source.Kind switch
        {
            ReadSourceKind.Report => (Task)loaders.Reports.LoadAsync(ReportKey.Parse(source.Key), cancellationToken),
            ReadSourceKind.SectorFigures => loaders.SectorFigures.LoadAsync(SectorYear.Parse(source.Key), cancellationToken),
            ReadSourceKind.YearRankings => loaders.YearRankings.LoadAsync(int.Parse(source.Key, System.Globalization.CultureInfo.InvariantCulture), cancellationToken),
            _ => loaders.CatalogAsync(),
        }));
    }

    public BatchLoader<ReportKey, Report?> Reports { get; }

    /// <summary>Reports as they stood at a version; null for a version the report has not reached.</summary>
    public BatchLoader<ReportVersion, Report?> ReportVersions { get; }

    /// <summary>Revisions by the version they made; null for one the report has not made.</summary>
    public BatchLoader<ReportVersion, Revision?> Revisions { get; }

    public BatchLoader<SectorYear, ProvinceAggregate<IndicatorValue>> SectorFigures { get; }

    public BatchLoader<int, ProvinceAggregate<Ranking>> YearRankings { get; }

    /// <summary>The keys of the reports held, ordered by province code then year.</summary>
    public Task<IReadOnlyList<ReportKey>> CatalogAsync() => _catalog.Value;

    /// <summary>The user context of an execution that reads through a fresh set of loaders.</summary>
    public static Dictionary<string, object?> NewUserContext(IGrainFactory grains, IReportStore store, WhatWasRead? reads = null) => new() { [UserContextKey] = new GrainLoaders(grains, store, reads) };

    /// <summary>Whether this execution read <paramref name="key"/>'s current report from storage, its grain not answering in time.</summary>
    public bool IsPossiblyBehind(ReportKey key) => _readFromStorage.ContainsKey(key);

    private async Task<Report?> CurrentOrStoredAsync(IGrainFactory grains, IReportStore store, ReportKey key)
    {
        var (report, fromStorage) = await ReportOrItsStoredState.ReadAsync(grains, store, key, ReportPatience);
        if (fromStorage)
            _readFromStorage[key] = true;
        return report;
    }

    public static GrainLoaders Of(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(UserContextKey, out var loaders) && loaders is GrainLoaders found
            ? found
            : throw new InvalidOperationException("This execution was started without grain loaders; run it through GraphQLRequestRunner.");

    /// <summary>Asks every grain of the batch at once: Orleans sends the calls together and they run in parallel.</summary>
    private static async Task<IReadOnlyDictionary<TKey, TValue>> FetchEachAsync<TKey, TValue>(IReadOnlyList<TKey> keys, Func<TKey, Task<TValue>> fetch)
        where TKey : notnull
    {
        var values = await Task.WhenAll(keys.Select(fetch));
        return keys.Zip(values).ToDictionary(pair => pair.First, pair => pair.Second);
    }
}
