using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Grains.Reports;

/// <summary>
/// A report read from its grain, or, when the grain does not answer within a patience (its silo froze, or the silo
/// that knows where it lives did), from storage, which holds what the grain last acknowledged.
/// </summary>
public static class ReportOrItsStoredState
{
    /// <returns>The report (null when there is none), and whether it was read from storage.</returns>
    public static async Task<(Report? Report, bool FromStorage)> ReadAsync(IGrainFactory grains, IReportStore store, ReportKey key, TimeSpan patience)
    {
        try
        {
            return (await grains.GetReportGrain(key).GetAsync().WaitAsync(patience), false);
        }
        catch (TimeoutException)
        {
            return ((await store.ReadAsync(key))?.Report, true);
        }
    }
}
