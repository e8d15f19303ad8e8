namespace NamDinh.Graph.Domain.Reports;

/// <summary>A report's lists of narrative items, in the report's order, each by the name the API and the seed files give it.</summary>
public static class NarrativeParts
{
    public static IReadOnlyList<(string Part, IReadOnlyList<NarrativeItem> Items)> Of(Report report) =>
    [
        ("tasks", report.Tasks),
        ("shortcomings", report.Shortcomings),
        ("causes", report.Causes),
        ("proposals", report.Proposals.Items),
        ("priorities", report.Priorities),
        ("remarks", report.Remarks),
    ];
}
