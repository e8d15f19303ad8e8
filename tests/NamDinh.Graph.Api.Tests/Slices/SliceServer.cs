using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Synthetic;

namespace NamDinh.Graph.Api.Tests.Slices;

/// <summary>
/// A server of one test class's own (never the shared <see cref="ApiCollection"/>): the real API host on free ports with
/// in-memory storage, the real Nam Định 2021 report it seeds itself, and the synthetic reports of
/// <see cref="SyntheticYears"/> loaded straight into their grains. The server seeds the real 36-2021 first, so the
/// synthetic 36-2021 is refused and the reports held are the synthetic set with 36-2021 replaced by the real one.
/// Every grain call goes through <see cref="Calls"/>.
/// </summary>
public abstract class SliceServer : IAsyncLifetime
{
    /// <summary>The generator seed of every slice test: the same synthetic reports each run.</summary>
    public const int GeneratorSeed = 5;

    private ApiFactory? _api;

    public GrainCallCounter Calls { get; } = new();

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public GraphQLClient Client { get; private set; } = null!;

    public IGrainFactory Grains { get; private set; } = null!;

    /// <summary>The reports the server holds, as read back from their grains (see <see cref="ReadHeldAsync"/>).</summary>
    public IReadOnlyList<Report> Held { get; private set; } = [];

    /// <summary>The years of synthetic reports loaded; none for a server with the real report alone.</summary>
    protected abstract IReadOnlyList<int> SyntheticYears { get; }

    public async Task InitializeAsync()
    {
        _api = new ApiFactory();
        Factory = _api.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IIncomingGrainCallFilter>(Calls)));
        Client = new GraphQLClient(Factory.CreateClient());
        Grains = Factory.Services.GetRequiredService<IGrainFactory>();
        var generator = new SyntheticReportGenerator(GeneratorSeed);
        var synthetic = generator.Keys.Where(key => SyntheticYears.Contains(key.Year)).Select(generator.Generate).ToList();
        foreach (var batch in synthetic.Chunk(32))
            await Task.WhenAll(batch.Select(report => Grains.GetReportGrain(report.Key).SeedAsync(report)));
        await ReadHeldAsync();
    }

    /// <summary>Reads every report the catalog lists from its grain: what the API answers from.</summary>
    public async Task<IReadOnlyList<Report>> ReadHeldAsync()
    {
        var keys = await Grains.GetReportCatalog().ListAsync();
        var reports = await Task.WhenAll(keys.Select(key => Grains.GetReportGrain(key).GetAsync()));
        return Held = [.. reports.OfType<Report>()];
    }

    public Report HeldReport(string provinceCode, int year) =>
        Held.Single(report => report.Key == new ReportKey(provinceCode, year));

    public async Task DisposeAsync()
    {
        if (Factory is not null)
            await Factory.DisposeAsync();
        if (_api is not null)
            await _api.DisposeAsync();
    }
}

/// <summary>The synthetic reports of 2020 and 2021 (126, with the real Nam Định 2021), for tests that only read.</summary>
public sealed class SyntheticTwoYearsServer : SliceServer
{
    protected override IReadOnlyList<int> SyntheticYears => [2020, 2021];
}

/// <summary>The synthetic reports of 2021 (63, with the real Nam Định 2021).</summary>
public sealed class Synthetic2021Server : SliceServer
{
    protected override IReadOnlyList<int> SyntheticYears => [2021];
}

/// <summary>No synthetic report: the server holds the real Nam Định 2021 report alone.</summary>
public sealed class RealReportServer : SliceServer
{
    protected override IReadOnlyList<int> SyntheticYears => [];
}

/// <summary>One grain call counted: which interface, which grain (by its key) and which method.</summary>
public sealed record GrainCall(string Interface, string Key, string Method);

/// <summary>
/// An Orleans incoming call filter, registered in the host's services, that counts the calls of report, sector-year and
/// year-rankings grains by grain and method.
/// </summary>
public sealed class GrainCallCounter : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<GrainCall, int> _counts = new();

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var call = context.Grain switch
        {
            IReportGrain grain => new GrainCall(nameof(IReportGrain), grain.GetPrimaryKeyString(), context.MethodName),
            ISectorFiguresGrain grain => new GrainCall(nameof(ISectorFiguresGrain), grain.GetPrimaryKeyString(), context.MethodName),
            IYearRankingsGrain grain => new GrainCall(nameof(IYearRankingsGrain), grain.GetPrimaryKeyLong().ToString(System.Globalization.CultureInfo.InvariantCulture), context.MethodName),
            _ => null,
        };
        if (call is not null)
            _counts.AddOrUpdate(call, 1, (_, count) => count + 1);
        await context.Invoke();
    }

    public void Reset() => _counts.Clear();

    /// <summary>The calls counted since the last <see cref="Reset"/>, with how many times each was made.</summary>
    public IReadOnlyDictionary<GrainCall, int> Counted => new Dictionary<GrainCall, int>(_counts);

    public int CountOf(GrainCall call) => _counts.GetValueOrDefault(call);
}
