namespace NamDinh.Graph.Domain.Validation;

/// <summary>The bounds a sane report stays within.</summary>
public static class Limits
{
    /// <summary>The longest narrative text or source sentence; the longest in the real reports is under 1,000.</summary>
    public const int LongText = 4000;

    /// <summary>The longest short text: a value as written, a section, a name.</summary>
    public const int ShortText = 300;

    /// <summary>The multipliers the reports use: none, nghìn (10^3), triệu (10^6), tỷ (10^9).</summary>
    public static readonly IReadOnlySet<decimal> Multipliers = new HashSet<decimal> { 1m, 1_000m, 1_000_000m, 1_000_000_000m };

    /// <summary>A share of plan above this is a typing slip, not an overachievement.</summary>
    public const decimal MaxShareOfPlanPercent = 1000m;

    public const int MaxRankingTotal = 1000;
}
