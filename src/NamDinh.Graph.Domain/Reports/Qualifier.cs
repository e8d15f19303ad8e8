namespace NamDinh.Graph.Domain.Reports;

/// <summary>A word the report puts before a figure; it qualifies the figure and is never part of it.</summary>
public enum Qualifier
{
    Exact,
    /// <summary>"hơn", "trên".</summary>
    MoreThan,
    /// <summary>"khoảng".</summary>
    About,
    /// <summary>"gần", "khoảng gần".</summary>
    Nearly,
}
