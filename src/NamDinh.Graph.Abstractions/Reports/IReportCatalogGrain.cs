using Orleans.Concurrency;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Abstractions.Reports;

/// <summary>Which reports exist, for listing them without visiting every report grain. One per cluster.</summary>
public interface IReportCatalogGrain : IGrainWithIntegerKey
{
    /// <summary>The key of the one catalog grain.</summary>
    public const long SingletonKey = 0;

    /// <summary>All report keys, ordered by province code then year.</summary>
    [ReadOnly]
    Task<IReadOnlyList<ReportKey>> ListAsync();

    /// <summary>Records that a report exists; registering a key twice changes nothing.</summary>
    Task RegisterAsync(ReportKey key);
}
