namespace NamDinh.Graph.Domain.Reports;

/// <summary>Which report: a province (by its statistical code, "36" for Nam Định) and the year reported on.</summary>
public sealed record ReportKey(string ProvinceCode, int Year) : IComparable<ReportKey>
{
    public const int EarliestYear = 2000;
    public const int LatestYear = 2100;

    /// <summary>The same province's report of the year before, which year-on-year findings compare with; null before the earliest year.</summary>
    public ReportKey? PreviousYear => Year > EarliestYear ? this with { Year = Year - 1 } : null;

    /// <summary>The key as one string, safe for Orleans grain keys and Azure Table keys ("36-2021").</summary>
    public override string ToString() => $"{ProvinceCode}-{Year}";

    /// <summary>Reads a key written by <see cref="ToString"/>; any other spelling ("36-02021", "36- 2021") is refused.</summary>
    public static ReportKey Parse(string text) =>
        TryParse(text, out var key)
            ? key
            : throw new FormatException($"'{text}' is not a report key of the form '<province code>-<year>' with a year in {EarliestYear}–{LatestYear}.");

    /// <summary>Reads a key written by <see cref="ToString"/>; false for any other text.</summary>
    public static bool TryParse(string text, out ReportKey key)
    {
        key = null!;
        var dash = text.LastIndexOf('-');
        if (dash > 0
            && int.TryParse(text.AsSpan(dash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && year is >= EarliestYear and <= LatestYear
            && new ReportKey(text[..dash], year) is var parsed
            && parsed.ToString() == text
            && !parsed.ProvinceCode.Any(char.IsWhiteSpace))
            key = parsed;
        return key is not null;
    }

    public int CompareTo(ReportKey? other) =>
        other is null ? 1 : (string.CompareOrdinal(ProvinceCode, other.ProvinceCode), Year.CompareTo(other.Year)) switch
        {
            (0, var byYear) => byYear,
            (var byProvince, _) => byProvince,
        };

    public static bool operator <(ReportKey? left, ReportKey? right) => Compare(left, right) < 0;
    public static bool operator <=(ReportKey? left, ReportKey? right) => Compare(left, right) <= 0;
    public static bool operator >(ReportKey? left, ReportKey? right) => Compare(left, right) > 0;
    public static bool operator >=(ReportKey? left, ReportKey? right) => Compare(left, right) >= 0;

    private static int Compare(ReportKey? left, ReportKey? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
