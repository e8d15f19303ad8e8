using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Changes;

/// <summary>One figure changed by an accepted change: the change, and the figure's entry in it.</summary>
public sealed record IndicatorChange(ReportChange Change, RevisionEntry Entry)
{
    public string Code => Entry.Key;

    public Sector? Sector => IndicatorCatalog.Default.Find(Code)?.Sector;

    /// <summary>The figures a change touched, one by one.</summary>
    public static IEnumerable<IndicatorChange> In(ReportChange change) =>
        change.Revision.Entries.Where(entry => entry.Part == ReportParts.Indicators).Select(entry => new IndicatorChange(change, entry));
}
