namespace NamDinh.Graph.Domain.Reports;

/// <summary>
/// The parts of a report by the names revisions store, the API shows (a change's <c>part</c>) and the seed files
/// give them.
/// </summary>
public static class ReportParts
{
    public const string Document = "document";
    public const string Rankings = "rankings";
    public const string Indicators = "indicators";
    public const string Tasks = "tasks";
    public const string Shortcomings = "shortcomings";
    public const string Causes = "causes";
    public const string Proposals = "proposals";
    public const string Priorities = "priorities";
    public const string Remarks = "remarks";
    public const string Synthetic = "synthetic";

    /// <summary>Not a part: what a change of the whole report (creating or importing it) is about.</summary>
    public const string WholeReport = "report";
}
