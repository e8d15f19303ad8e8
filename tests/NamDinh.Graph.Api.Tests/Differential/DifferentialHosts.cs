using System.Net.Http.Headers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Api.Execution.Compiled;

namespace NamDinh.Graph.Api.Tests.Differential;

/// <summary>
/// Two servers over the same data, the real API host on in-memory storage with the synthetic set of
/// <see cref="SyntheticSeed"/> (315 reports, the real Nam Định 2021 among them): one with <c>Execution:CompiledPlans</c>
/// on, one with it off, so GraphQL.NET's own executor answers everything. Both read the time from a clock stopped at
/// <see cref="Now"/>, so that what they store when they seed (each report's first revision) is the same to the tick.
/// Each request is sent to both as one client would send it.
/// </summary>
public sealed class DifferentialHosts : IAsyncLifetime
{
    public const int SyntheticSeed = 20;

    /// <summary>The moment both servers' clocks stand at.</summary>
    public static readonly DateTimeOffset Now = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly List<IAsyncDisposable> _owned = [];

    public HttpClient Compiled { get; private set; } = null!;

    public HttpClient Executor { get; private set; } = null!;

    /// <summary>How often the server with plans answered by a plan, and left a request to the executor.</summary>
    public PlanUse Plans { get; private set; } = null!;

    /// <summary>Real provinces, years, codes and ids of the data both servers hold.</summary>
    public DataPools Data { get; private set; } = null!;

    /// <summary>The schema both serve, as read by introspection.</summary>
    public SchemaModel Schema { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var started = await Task.WhenAll(StartAsync(compiledPlans: true), StartAsync(compiledPlans: false));
        ((Compiled, Plans), (Executor, _)) = (started[0], started[1]);
        Schema = await SchemaModel.ReadAsync(Executor);
        Data = await DataPools.ReadAsync(Executor);
    }

    private async Task<(HttpClient Client, PlanUse Plans)> StartAsync(bool compiledPlans)
    {
        var api = new ApiFactory();
        var factory = api.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Execution:CompiledPlans", compiledPlans ? "true" : "false");
            // Every request is executed: an answer kept from an earlier one would compare the cache, not the plans.
            builder.UseSetting("Limits:ResponseCacheSeconds", "0");
            builder.UseSetting("Seeding:SyntheticSeed", SyntheticSeed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Twenty thousand requests and more: each server's log of every request would cost more than the requests.
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Logging:LogLevel:NamDinh.Graph.Api.Execution.RequestLog", "Warning");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new StoppedClock(Now)));
        });
        lock (_owned)
        {
            _owned.Add(factory);
            _owned.Add(api);
        }
        var client = await Task.Run(factory.CreateClient);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiFactory.AdminToken);
        // The seeder refreshes the aggregates across provinces in the background; done here as well, and awaited, so that
        // both servers answer slices from aggregates that hold every report.
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var keys = await grains.GetReportCatalog().ListAsync();
        foreach (var batch in keys.Chunk(32))
            await Task.WhenAll(batch.Select(key => grains.GetReportGrain(key).RefreshAggregatesAsync()));
        return (client, factory.Services.GetRequiredService<PlanUse>());
    }

    public async Task DisposeAsync()
    {
        foreach (var owned in _owned)
            await owned.DisposeAsync();
    }

    /// <summary>A clock whose date and time stand still; its timers and timestamps run as the system's do.</summary>
    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
