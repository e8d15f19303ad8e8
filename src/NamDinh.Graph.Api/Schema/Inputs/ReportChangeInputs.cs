using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Inputs;

/// <summary>What every change names: the report, the version the user last saw, and why.</summary>
public abstract class ReportChangeInput
{
    public string Province { get; init; } = "";
    public int Year { get; init; }
    public int? ExpectedVersion { get; init; }
    public string? Reason { get; init; }
    public bool DryRun { get; init; }
}

public sealed class SetIndicatorInput : ReportChangeInput
{
    public string Code { get; init; } = "";
    public decimal Value { get; init; }
    public string? Unit { get; init; }
    public decimal Multiplier { get; init; } = 1;
    public string? ValueAsWritten { get; init; }
    public ValueStatus Status { get; init; } = ValueStatus.Final;
    public Qualifier Qualifier { get; init; } = Qualifier.Exact;
    public string? QualifierAsWritten { get; init; }
    public ReportPeriod? Period { get; init; }
    public StatedComparisons? Comparisons { get; init; }
    public SourceReference? Source { get; init; }
    public decimal? PlanValue { get; init; }
}

public sealed class RemoveIndicatorInput : ReportChangeInput
{
    public string Code { get; init; } = "";
}

public sealed class AddNarrativeItemInput : ReportChangeInput
{
    public Sector Sector { get; init; }
    public string? Section { get; init; }
    public string Text { get; init; } = "";
    public string? TextEn { get; init; }
    public int? Position { get; init; }
}

public sealed class UpdateNarrativeItemInput : ReportChangeInput
{
    public string Id { get; init; } = "";
    public Sector? Sector { get; init; }
    public string? Text { get; init; }
    public string? TextEn { get; init; }
    public int? Position { get; init; }
}

public sealed class RemoveNarrativeItemInput : ReportChangeInput
{
    public string Id { get; init; } = "";
}

public sealed class SetRankingInput : ReportChangeInput
{
    public string Index { get; init; } = "";
    public int Position { get; init; }
    public int Total { get; init; }
    public int? EditionYear { get; init; }
    public string? Name { get; init; }
    public string? NameEn { get; init; }
    public SourceReference? Source { get; init; }
}

public sealed class CreateReportInput : ReportChangeInput
{
    public bool Synthetic { get; init; }
}

public sealed class ImportReportInput
{
    public string Report { get; init; } = "";
    public bool DryRun { get; init; }
    public int? ExpectedVersion { get; init; }
    public string? Reason { get; init; }
}
