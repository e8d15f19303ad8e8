namespace NamDinh.Graph.Domain.Reports;

/// <summary>How settled a figure is: "ước" marks an estimate made before the year closed.</summary>
public enum ValueStatus
{
    Estimate,
    Final,
    Revised,
}
