using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Loading;

/// <summary>A version of a report: the report as it stood then, or the revision that made it.</summary>
public sealed record ReportVersion(ReportKey Report, long Version);
