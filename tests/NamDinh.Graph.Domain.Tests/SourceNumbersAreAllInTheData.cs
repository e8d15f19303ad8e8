using System.Text.RegularExpressions;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// Every number written in sections 1 and 2 of the report (rankings and figures) is somewhere in the seed:
/// a value, a comparison, a target, a period, a ranking, or part of the name of an indicator the report uses.
/// Leaving a figure out of the seed fails this test and names the figure.
/// </summary>
public sealed partial class SourceNumbersAreAllInTheData
{
    [Fact]
    public void EveryNumberOfSectionsOneAndTwoIsInTheSeed()
    {
        var seedNumbers = NumbersOf(TheSeed.Report).ToList();

        var missing = NumberedLinesOfSectionsOneAndTwo()
            .SelectMany(line => VietnameseNumbers.In(line).Select(number => (number.AsWritten, number.Value, Line: line)))
            .Where(number => !seedNumbers.Contains(number.Value))
            .Select(number => $"'{number.AsWritten}' (= {number.Value}) in: {number.Line}")
            .ToList();

        Assert.True(missing.Count == 0, $"The seed lacks {missing.Count} number(s) of the source:\n{string.Join("\n", missing)}");
    }

    [Fact]
    public void SectionsOneAndTwoHoldTheNumbersTheTestLooksFor()
    {
        var numbers = NumberedLinesOfSectionsOneAndTwo().SelectMany(line => VietnameseNumbers.In(line)).Select(number => number.Value).ToList();

        Assert.Contains(130m, numbers);
        Assert.Contains(8.3m, numbers);
        Assert.Contains(1600000m, numbers);
        Assert.Contains(11.5m, numbers);
        Assert.Contains(23000000m, numbers);
        Assert.Contains(92329m, numbers);
        Assert.DoesNotContain(2.1m, numbers);
    }

    /// <summary>The lines from "1. Kết quả hoạt động nổi bật" up to "3. Công tác", heading numbers ("2.1. ") dropped.</summary>
    private static IEnumerable<string> NumberedLinesOfSectionsOneAndTwo()
    {
        var heading = SourceReport.Lines.First(line => line.StartsWith("1. Kết quả hoạt động nổi bật", StringComparison.Ordinal));
        return new[] { heading }
            .Concat(SourceReport.LinesBetween("1. Kết quả hoạt động nổi bật", "3. Công tác"))
            .Select(line => HeadingNumber().Replace(line, ""));
    }

    private static IEnumerable<decimal> NumbersOf(Report report)
    {
        foreach (var ranking in report.Rankings)
        {
            yield return ranking.Position;
            yield return ranking.Total;
            if (ranking.EditionYear is { } edition)
                yield return edition;
        }

        foreach (var figure in report.Indicators)
        {
            yield return figure.Value;
            yield return figure.Period.Year;
            yield return figure.Period.FromMonth;
            yield return figure.Period.ToMonth;

            var comparisons = figure.Comparisons;
            if (comparisons.Change is { } change)
            {
                yield return change.Amount;
                yield return Math.Abs(change.Amount);
                yield return change.ComparedToYear;
            }
            if (comparisons.ShareOfPlan is { } share)
            {
                yield return share.Percent;
                yield return share.PlanYear;
            }
            if (comparisons.RatePercent is { } rate)
                yield return rate;
            if (comparisons.OutOf is { } outOf)
                yield return outOf;
            if (comparisons.Target is { } target)
            {
                yield return target.Value;
                if (target.MetInYear is { } year)
                    yield return year;
            }

            var definition = TheSeed.Catalog.Find(figure.Code);
            if (definition is not null)
            {
                foreach (var number in VietnameseNumbers.In(definition.Name.Vi))
                    yield return number.Value;
            }
        }
    }

    [GeneratedRegex(@"^\d+(?:\.\d+)*\.\s+")]
    private static partial Regex HeadingNumber();
}
