using GraphQL.DataLoader;
using NamDinh.Graph.Api.Loading;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

/// <summary>A report's findings, against its own text and the previous year's report, read through the request's loader.</summary>
public static class ReportFindings
{
    public static IDataLoaderResult<IEnumerable<FoundFinding>> Of(GrainLoaders loaders, Scoped<Report> report)
    {
        var previousYear = report.Item.Key.PreviousYear is { } previous
            ? loaders.Reports.Load(previous)
            : PendingResults.Ready<Report?>(null);
        return previousYear.Map(previousReport => FindingsEngine.Inspect(report.Item, previousReport).Select(finding => FoundFinding.InReport(finding, report.Scope)));
    }
}
