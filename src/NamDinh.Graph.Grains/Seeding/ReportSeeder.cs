using Microsoft.Extensions.Logging;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Synthetic;

namespace NamDinh.Graph.Grains.Seeding;

/// <summary>
/// Loads the real reports into their grains when the silo starts. Each grain keeps what it already holds,
/// so a second start, or a report users have changed since, is left as it is. Then, without holding up the start,
/// every stored report refreshes its part of the aggregates across provinces, which mends aggregates stored
/// before a report was (or kept by an older version of this server). With <see cref="SeedingOptions.SyntheticSeed"/> set,
/// the synthetic set is loaded after the real reports, in the same way.
/// </summary>
public sealed partial class ReportSeeder(IGrainFactory grains, SeedingOptions options, ILogger<ReportSeeder> logger) : IStartupTask
{
    private const int ReportsAtOnce = 16;

    public async Task Execute(CancellationToken cancellationToken)
    {
        foreach (var report in SeedReports.All)
        {
            var written = await grains.GetReportGrain(report.Key).SeedAsync(report);
            if (written)
                LogSeeded(report.Key);
            else
                LogAlreadyStored(report.Key);
        }
        if (options.SyntheticSeed is { } seed)
            await SeedSyntheticAsync(seed);
        _ = Task.Run(RefreshAggregatesAsync, CancellationToken.None);
    }

    private async Task SeedSyntheticAsync(int seed)
    {
        var written = 0;
        foreach (var batch in new SyntheticReportGenerator(seed).GenerateAll().Chunk(ReportsAtOnce))
            written += (await Task.WhenAll(batch.Select(report => grains.GetReportGrain(report.Key).SeedAsync(report)))).Count(stored => stored);
        LogSyntheticSeeded(written, seed);
    }

    private async Task RefreshAggregatesAsync()
    {
        try
        {
            var keys = await grains.GetReportCatalog().ListAsync();
            foreach (var batch in keys.Chunk(ReportsAtOnce))
                await Task.WhenAll(batch.Select(key => grains.GetReportGrain(key).RefreshAggregatesAsync()));
            LogAggregatesCurrent(keys.Count);
        }
        catch (Exception error)
        {
            LogRefreshFailed(error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded report {Report}.")]
    private partial void LogSeeded(ReportKey report);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report {Report} is already stored; seed left it as it is.")]
    private partial void LogAlreadyStored(ReportKey report);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} synthetic reports of seed {Seed}; the others were already held.")]
    private partial void LogSyntheticSeeded(int count, int seed);

    [LoggerMessage(Level = LogLevel.Information, Message = "The aggregates across provinces are current with the {Count} stored reports.")]
    private partial void LogAggregatesCurrent(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the aggregates across provinces at start failed; each report refreshes its part on its next change.")]
    private partial void LogRefreshFailed(Exception error);
}
