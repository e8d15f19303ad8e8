namespace NamDinh.Graph.Domain.Reports;

/// <summary>
/// One province's annual report for one year: the document, its rankings and figures, the tasks done,
/// the shortcomings and their causes, its proposals and the next year's priorities.
/// <see cref="Version"/> counts accepted changes; the seeded report is version 1.
/// <see cref="Synthetic"/> marks generated test data, never set on a real report.
/// </summary>
public sealed record Report(
    ReportKey Key,
    long Version,
    DocumentFacts Document,
    IReadOnlyList<Ranking> Rankings,
    IReadOnlyList<IndicatorValue> Indicators,
    IReadOnlyList<NarrativeItem> Tasks,
    IReadOnlyList<NarrativeItem> Shortcomings,
    IReadOnlyList<NarrativeItem> Causes,
    Proposals Proposals,
    IReadOnlyList<NarrativeItem> Priorities,
    IReadOnlyList<NarrativeItem> Remarks,
    bool Synthetic = false)
{
    /// <summary>The year the priorities are for.</summary>
    public int PrioritiesYear => Key.Year + 1;

    /// <summary>A report with a blank document and nothing in it yet, at version 0 (not yet stored).</summary>
    public static Report Empty(ReportKey key, bool synthetic = false) =>
        new(key, 0, DocumentFacts.Blank, [], [], [], [], [], new Proposals([], null), [], [], synthetic);
}
