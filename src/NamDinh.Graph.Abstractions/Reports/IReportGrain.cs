using Orleans.Concurrency;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Abstractions.Reports;

/// <summary>
/// One province's report for one year, keyed by <see cref="ReportKey.ToString"/> ("36-2021").
/// A grain whose report was never written answers null.
/// </summary>
public interface IReportGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<Report?> GetAsync();

    /// <summary>
    /// Stores <paramref name="report"/> if this grain holds no report yet and answers whether it did.
    /// A report already there, changed by users or not, is left as it is: seeding is idempotent.
    /// </summary>
    Task<bool> SeedAsync(Report report);
}
