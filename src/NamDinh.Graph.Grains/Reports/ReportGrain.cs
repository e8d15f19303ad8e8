using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Grains.Reports;

public sealed class ReportGrain(
    [PersistentState("report", SiloStorageExtensions.ReportStorageName)] IPersistentState<ReportState> state)
    : Grain, IReportGrain
{
    public Task<Report?> GetAsync() => Task.FromResult(state.State.Report);

    public async Task<bool> SeedAsync(Report report)
    {
        // Compared as text: the grain key must be the report key exactly, not merely parse to it ("36-02021").
        var grainKey = this.GetPrimaryKeyString();
        if (report.Key.ToString() != grainKey)
            throw new ArgumentException($"Report {report.Key} cannot be stored in the grain of report {grainKey}.", nameof(report));
        var written = state.State.Report is null;
        if (written)
            await WriteAsync(report);
        // Registering again is harmless and mends a catalog that missed an earlier registration.
        await GrainFactory.GetReportCatalog().RegisterAsync(report.Key);
        return written;
    }

    /// <summary>
    /// Stores <paramref name="report"/>; if storage fails, the grain goes back to what storage holds, so it
    /// never serves a report that was not stored.
    /// </summary>
    private async Task WriteAsync(Report report)
    {
        var stored = state.State.Report;
        state.State.Report = report;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Report = stored;
            throw;
        }
    }
}
