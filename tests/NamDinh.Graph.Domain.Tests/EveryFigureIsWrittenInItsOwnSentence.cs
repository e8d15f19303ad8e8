using System.Text.RegularExpressions;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// Each figure can be read back from the sentence it cites: the value as written is there (after its
/// qualifier word, if any), it is the number the seed holds, the stated comparisons are numbers of that
/// sentence, and it is an estimate exactly when the sentence says "ước".
/// </summary>
public sealed partial class EveryFigureIsWrittenInItsOwnSentence
{
    public static TheoryData<string> Codes => [.. TheSeed.Report.Indicators.Select(figure => figure.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void EverySeedFigureCitesItsSentence(string code)
    {
        var source = TheSeed.Figure(code).Source;

        Assert.NotNull(source);
        Assert.False(string.IsNullOrWhiteSpace(source.Section));
        Assert.False(string.IsNullOrWhiteSpace(source.Sentence));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void TheValueAsWrittenIsInTheSentence(string code)
    {
        var figure = TheSeed.Figure(code);
        var written = figure.QualifierAsWritten is null ? figure.ValueAsWritten : $"{figure.QualifierAsWritten} {figure.ValueAsWritten}";

        Assert.Contains(written, TheSeed.SourceOf(figure).Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void TheValueIsTheNumberAsWritten(string code)
    {
        var figure = TheSeed.Figure(code);
        var written = VietnameseNumbers.In(figure.ValueAsWritten).Select(number => number.Value).ToList();

        if (written.Count == 0)
        {
            Assert.Equal("không có", figure.ValueAsWritten);
            Assert.Equal(0m, figure.Value);
        }
        else
        {
            Assert.Equal(written[0], figure.Value);
        }
        Assert.Equal(ExpectedMultiplier(figure.ValueAsWritten), figure.Multiplier);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void TheQualifierMatchesItsWord(string code)
    {
        var figure = TheSeed.Figure(code);
        var expected = figure.QualifierAsWritten?.ToLowerInvariant() switch
        {
            null => Qualifier.Exact,
            "hơn" or "trên" => Qualifier.MoreThan,
            "khoảng" => Qualifier.About,
            "gần" or "khoảng gần" => Qualifier.Nearly,
            var other => throw new InvalidOperationException($"Unknown qualifier word '{other}'."),
        };
        Assert.Equal(expected, figure.Qualifier);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void TheStatedComparisonsAreNumbersOfTheSentence(string code)
    {
        var figure = TheSeed.Figure(code);
        var inSentence = VietnameseNumbers.In(TheSeed.SourceOf(figure).Sentence).Select(number => number.Value).ToList();
        var comparisons = figure.Comparisons;
        decimal?[] stated =
        [
            comparisons.Change is { } change ? Math.Abs(change.Amount) : null,
            comparisons.ShareOfPlan?.Percent,
            comparisons.ShareOfPlan?.PlanYear,
            comparisons.RatePercent,
            comparisons.OutOf,
            comparisons.Target?.Value,
            comparisons.Target?.MetInYear,
        ];

        Assert.All(stated.OfType<decimal>(), number => Assert.Contains(number, inSentence));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void ItIsAnEstimateExactlyWhenTheSentenceSaysUoc(string code)
    {
        var figure = TheSeed.Figure(code);
        var expected = EstimateWord().IsMatch(TheSeed.SourceOf(figure).Sentence) ? ValueStatus.Estimate : ValueStatus.Final;

        Assert.Equal(expected, figure.Status);
    }

    private static decimal ExpectedMultiplier(string written) =>
        written.Contains(" tỷ", StringComparison.Ordinal) ? 1_000_000_000m
        : written.Contains(" triệu", StringComparison.Ordinal) ? 1_000_000m
        : written.Contains(" nghìn", StringComparison.Ordinal) ? 1_000m
        : 1m;

    [GeneratedRegex(@"\bước\b")]
    private static partial Regex EstimateWord();
}
