using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Editing;

/// <summary>
/// The sections of the ministry's annual report template, which every province's report follows: tasks in
/// section 3 and next year's priorities in section 6, one subsection per sector.
/// </summary>
public static class ReportTemplate
{
    public static string SectionOf(NarrativeList list, Sector sector) =>
        (list == NarrativeList.Tasks ? "3" : "6") + sector switch
        {
            Sector.PostalTelecom => ".1",
            Sector.InformationTechnology => ".2",
            Sector.InformationPress => ".3",
            Sector.Inspection => ".4",
            _ => "",
        };
}
