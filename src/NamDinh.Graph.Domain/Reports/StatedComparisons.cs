namespace NamDinh.Graph.Domain.Reports;

/// <summary>
/// What the report says a figure compares to. Each part is what the text states, kept even where it
/// disagrees with the figure (the findings say so); a part the text does not state is null.
/// </summary>
public sealed record StatedComparisons(
    StatedChange? Change = null,
    StatedPlanShare? ShareOfPlan = null,
    decimal? RatePercent = null,
    decimal? OutOf = null,
    StatedTarget? Target = null)
{
    public static readonly StatedComparisons None = new();
}

/// <summary>How a change is measured: in percent of the earlier figure, or in the figure's own unit.</summary>
public enum ChangeUnit
{
    Percent,
    Absolute,
}

/// <summary>
/// "tăng 8,3% so với cùng kỳ năm 2021": a signed change (negative for "giảm") against the figure of
/// <paramref name="ComparedToYear"/>, the year the text names (which may be a slip for the previous year).
/// </summary>
public sealed record StatedChange(decimal Amount, ChangeUnit Unit, int ComparedToYear);

/// <summary>"đạt 118% Kế hoạch năm 2021": the share of the year's plan reached.</summary>
public sealed record StatedPlanShare(decimal Percent, int PlanYear);

/// <summary>
/// A target the text names ("chỉ tiêu trên 50%"), whether the text calls it met, and, where it says so,
/// that it was met early or in which year. A target in the indicator's own unit (not "percent") is in the same
/// multiplier as the figure's value.
/// </summary>
public sealed record StatedTarget(
    decimal Value,
    string Unit,
    Qualifier Qualifier,
    bool Met,
    bool MetEarly = false,
    int? MetInYear = null);
