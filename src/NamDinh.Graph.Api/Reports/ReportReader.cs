using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Reports;

/// <summary>Reads reports from their grains for the schema's resolvers.</summary>
public sealed class ReportReader(IGrainFactory grains)
{
    public Task<Report?> FindAsync(ReportKey key) => grains.GetReportGrain(key).GetAsync();

    /// <summary>The reports that exist, ordered by province code then year, optionally of one province or year.</summary>
    public async Task<IReadOnlyList<Report>> ListAsync(string? provinceCode, int? year)
    {
        var keys = await grains.GetReportCatalog().ListAsync();
        var wanted = keys.Where(key => (provinceCode is null || key.ProvinceCode == provinceCode) && (year is null || key.Year == year));
        var reports = await Task.WhenAll(wanted.Select(FindAsync));
        return reports.OfType<Report>().ToList();
    }
}
