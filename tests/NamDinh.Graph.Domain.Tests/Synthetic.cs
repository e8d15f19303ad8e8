using System.Globalization;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// Made-up reports and figures for cases the real report does not have. Every report built here is marked
/// <see cref="Report.Synthetic"/> and belongs to Hà Nội (01), 2022, never to the real Nam Định 2021.
/// </summary>
internal static class Synthetic
{
    public static readonly ReportKey Key = new("01", 2022);

    public static readonly ReportKey PreviousYearKey = new("01", 2021);

    public static Report WithFigures(params IndicatorValue[] figures) => WithFigures(Key, figures);

    public static Report WithFigures(ReportKey key, params IndicatorValue[] figures) =>
        Report.Empty(key, synthetic: true) with { Version = 1, Indicators = figures };

    public static Report WithRankings(params Ranking[] rankings) =>
        Report.Empty(Key, synthetic: true) with { Version = 1, Rankings = rankings };

    /// <summary>A figure of <paramref name="year"/> (the report's year unless told), stated exactly, with a made-up source sentence.</summary>
    public static IndicatorValue Figure(
        string code, decimal value, string unit, StatedComparisons? comparisons = null, decimal multiplier = 1,
        int? year = null, Qualifier qualifier = Qualifier.Exact, decimal? planValue = null) =>
        new(code, value, unit, multiplier, value.ToString(CultureInfo.InvariantCulture), ValueStatus.Final, qualifier, null,
            ReportPeriod.WholeYear(year ?? Key.Year), comparisons ?? StatedComparisons.None,
            new SourceReference("2.1", $"Câu tổng hợp về {code}."), planValue);

    public static Ranking Ranking(string index, int position, int total) =>
        new(index, new LocalizedText(index), position, total, null, new SourceReference("1", $"{index} xếp thứ {position}/{total}"));
}
