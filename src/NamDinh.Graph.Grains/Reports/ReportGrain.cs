using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Grains.Reports;

public sealed class ReportGrain(
    [PersistentState("report", SiloStorageExtensions.ReportStorageName)] IPersistentState<ReportState> state)
    : Grain, IReportGrain
{
    private ReportKey Key => ReportKey.Parse(this.GetPrimaryKeyString());

    public Task<Report?> GetAsync() => Task.FromResult(state.State.Report);

    public async Task<bool> SeedAsync(Report report)
    {
        if (report.Key != Key)
            throw new ArgumentException($"Report {report.Key} cannot be stored in the grain of report {Key}.", nameof(report));
        var written = state.State.Report is null;
        if (written)
        {
            state.State.Report = report;
            await state.WriteStateAsync();
        }
        // Registering again is harmless and mends a catalog that missed an earlier registration.
        await GrainFactory.GetReportCatalog().RegisterAsync(Key);
        return written;
    }
}
