using Microsoft.Extensions.Logging;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Grains.Seeding;

/// <summary>
/// Loads the real reports into their grains when the silo starts. Each grain keeps what it already holds,
/// so a second start, or a report users have changed since, is left as it is.
/// </summary>
public sealed class ReportSeeder(IGrainFactory grains, ILogger<ReportSeeder> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        foreach (var report in SeedReports.All)
        {
            var written = await grains.GetReportGrain(report.Key).SeedAsync(report);
            logger.LogInformation(
                written ? "Seeded report {Report}." : "Report {Report} is already stored; seed left it as it is.",
                report.Key);
        }
    }
}
