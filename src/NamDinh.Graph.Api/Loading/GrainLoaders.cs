using GraphQL;
using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Loading;

/// <summary>
/// The grains one GraphQL execution reads, each asked once however many fields name it: reports, sector-year
/// figures, a year's rankings and the catalog of reports. Made afresh for every execution, so nothing read is
/// kept from one request to the next. (A subscription's events name no grain; they carry what changed.)
/// </summary>
public sealed class GrainLoaders
{
    private const string UserContextKey = "NamDinh.Graph.GrainLoaders";
    private readonly Lazy<Task<IReadOnlyList<ReportKey>>> _catalog;

    /// <summary>Loaders that tell <paramref name="reads"/> (when given) each grain they read and at which version.</summary>
    public GrainLoaders(IGrainFactory grains, WhatWasRead? reads = null)
    {
        Reports = new(async (keys, _) => await FetchEachAsync(keys, async key =>
        {
            var report = await grains.GetReportGrain(key).GetAsync();
            reads?.Report(key, report);
            return report;
        }));
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
    public static async Task ReadAgainAsync(IGrainFactory grains, IEnumerable<ReadSource> sources, WhatWasRead reads, CancellationToken cancellationToken)
    {
        var loaders = new GrainLoaders(grains, reads);
        await Task.WhenAll(sources.Select(source => source.Kind switch
        {
            ReadSourceKind.Report => (Task)loaders.Reports.LoadAsync(ReportKey.Parse(source.Key), cancellationToken),
            ReadSourceKind.SectorFigures => loaders.SectorFigures.LoadAsync(SectorYear.Parse(source.Key), cancellationToken),
            ReadSourceKind.YearRankings => loaders.YearRankings.LoadAsync(int.Parse(source.Key, System.Globalization.CultureInfo.InvariantCulture), cancellationToken),
            _ => loaders.CatalogAsync(),
        }));
    }

    public BatchLoader<ReportKey, Report?> Reports { get; }

    public BatchLoader<SectorYear, ProvinceAggregate<IndicatorValue>> SectorFigures { get; }

    public BatchLoader<int, ProvinceAggregate<Ranking>> YearRankings { get; }

    /// <summary>The keys of the reports held, ordered by province code then year.</summary>
    public Task<IReadOnlyList<ReportKey>> CatalogAsync() => _catalog.Value;

    /// <summary>The user context of an execution that reads through a fresh set of loaders.</summary>
    public static Dictionary<string, object?> NewUserContext(IGrainFactory grains, WhatWasRead? reads = null) => new() { [UserContextKey] = new GrainLoaders(grains, reads) };

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
