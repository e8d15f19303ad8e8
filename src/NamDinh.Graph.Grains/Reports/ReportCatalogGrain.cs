using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Grains.Reports;

public sealed class ReportCatalogGrain(
    [PersistentState("catalog", SiloStorageExtensions.ReportStorageName)] IPersistentState<ReportCatalogState> state)
    : Grain, IReportCatalogGrain
{
    public Task<IReadOnlyList<ReportKey>> ListAsync() => Task.FromResult<IReadOnlyList<ReportKey>>(state.State.Reports);

    public async Task RegisterAsync(ReportKey key)
    {
        var reports = state.State.Reports;
        var index = reports.BinarySearch(key);
        if (index >= 0)
            return;
        reports.Insert(~index, key);
        await state.WriteStateAsync();
    }
}
