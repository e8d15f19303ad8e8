using Microsoft.Extensions.Logging;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Grains.Reports;

/// <summary>
/// Knows every report, and of each its latest version and when it changed, so a question about recent changes reads
/// only the reports that have them. A new report is stored at once; a change's mark is served at once and stored
/// soon after (<see cref="WriteDelay"/>) with the others that came meanwhile, as the aggregates are: should a crash
/// lose it, every start has each report send its mark again.
/// </summary>
public sealed partial class ReportCatalogGrain(
    [PersistentState("catalog", SiloStorageExtensions.ReportStorageName)] IPersistentState<ReportCatalogState> state,
    StorageOptions storage,
    ILogger<ReportCatalogGrain> logger)
    : Grain, IReportCatalogGrain
{
    public static readonly TimeSpan WriteDelay = TimeSpan.FromSeconds(1);

    private Dictionary<ReportKey, ReportMark> _marks = [];
    private IGrainTimer? _pendingWrite;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _marks = state.State.Marks.ToDictionary(mark => mark.Key);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        _pendingWrite is null || (storage.Provider == StorageProvider.Memory && reason.ReasonCode == DeactivationReasonCode.ShuttingDown)
            ? Task.CompletedTask
            : WriteMarksAsync();

    public Task<IReadOnlyList<ReportKey>> ListAsync() => Task.FromResult<IReadOnlyList<ReportKey>>(state.State.Reports);

    public Task<IReadOnlyList<ReportMark>> ListMarksAsync() => Task.FromResult<IReadOnlyList<ReportMark>>(
        [.. state.State.Reports.Select(key => _marks.GetValueOrDefault(key) ?? ReportMark.Unknown(key))]);

    public async Task RegisterAsync(ReportKey key)
    {
        var reports = state.State.Reports;
        var index = reports.BinarySearch(key);
        if (index >= 0)
            return;
        reports.Insert(~index, key);
        await WriteAsync();
    }

    public async Task MarkAsync(ReportMark mark)
    {
        var held = _marks.GetValueOrDefault(mark.Key);
        var next = held?.With(mark) ?? mark;
        if (next == held)
            return;
        _marks[mark.Key] = next;
        if (state.State.Reports.BinarySearch(mark.Key) < 0)
        {
            await RegisterAsync(mark.Key);
            return;
        }
        _pendingWrite ??= this.RegisterGrainTimer(WriteMarksAsync, new GrainTimerCreationOptions(WriteDelay, WriteDelay) { KeepAlive = true });
    }

    private async Task WriteMarksAsync()
    {
        try
        {
            await WriteAsync();
        }
        catch (Exception error)
        {
            LogMarksNotStored(error, WriteDelay);
        }
    }

    /// <summary>Stores the keys and the marks as they are now; a write pending for the marks is then done.</summary>
    private async Task WriteAsync()
    {
        state.State.Marks = [.. _marks.Values.OrderBy(mark => mark.Key)];
        await state.WriteStateAsync();
        _pendingWrite?.Dispose();
        _pendingWrite = null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The report catalog's marks could not be stored; trying again in {Delay}.")]
    private partial void LogMarksNotStored(Exception error, TimeSpan delay);
}
