namespace NamDinh.Graph.Domain.Reports;

/// <summary>A report's lists of narrative items, in the report's order, each by the name the API and the seed files give it.</summary>
public static class NarrativeParts
{
    public static IReadOnlyList<(string Part, IReadOnlyList<NarrativeItem> Items)> Of(Report report) =>
    [
        (ReportParts.Tasks, report.Tasks),
        (ReportParts.Shortcomings, report.Shortcomings),
        (ReportParts.Causes, report.Causes),
        (ReportParts.Proposals, report.Proposals.Items),
        (ReportParts.Priorities, report.Priorities),
        (ReportParts.Remarks, report.Remarks),
    ];
}
