using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// A stated rate must be what its own "N of M" gives, rounded to the digits the rate is written with:
/// 24 % stands for 23.5–24.5 %, 8.3 % for 8.25–8.35 %.
/// </summary>
public sealed class AStatedRateMustMatchItsPartOfWhole
{
    private static IReadOnlyList<Finding> RateFindings(decimal part, decimal whole, decimal statedRate) =>
        FindingsEngine.Inspect(Synthetic.WithFigures(
                Synthetic.Figure("egov.online-dossiers", part, "dossier", new StatedComparisons(RatePercent: statedRate, OutOf: whole))))
            .Where(finding => finding.Kind == FindingKind.RateDisagreesWithPartOfWhole)
            .ToList();

    [Fact]
    public void ARateFarFromItsPartOfWholeIsFound()
    {
        var finding = Assert.Single(RateFindings(22318m, 92329m, 30m));

        Assert.Equal(("RateDisagreesWithPartOfWhole:egov.online-dossiers", "egov.online-dossiers"), (finding.Id, finding.Subject));
        Assert.Equal([new("stated rate", 30m), new("N", 22318m), new("M", 92329m), new("computed rate", 24.17m)], finding.Figures);
        Assert.Equal("Câu tổng hợp về egov.online-dossiers.", finding.Source?.Sentence);
    }

    [Theory]
    [InlineData("2449", "24")] // 24.49 %
    [InlineData("2351", "24")] // 23.51 %
    [InlineData("826", "8.3")] // 8.26 %
    [InlineData("834", "8.3")] // 8.34 %
    public void AWholeRateWithinHalfItsLastDigitIsNotFound(string partOfTenThousand, string stated) =>
        Assert.Empty(RateFindings(Number(partOfTenThousand), 10000m, Number(stated)));

    [Theory]
    [InlineData("2460", "24")] // 24.6 %
    [InlineData("2340", "24")] // 23.4 %
    [InlineData("836", "8.3")] // 8.36 %
    [InlineData("824", "8.3")] // 8.24 %
    [InlineData("2449", "24.0")] // 24.49 % against 24.0 %: the extra digit makes the rate finer
    public void ARateBeyondHalfItsLastDigitIsFound(string partOfTenThousand, string stated) =>
        Assert.Single(RateFindings(Number(partOfTenThousand), 10000m, Number(stated)));

    [Fact]
    public void ARateWithoutItsWholeIsNotChecked() =>
        Assert.Empty(FindingsEngine.Inspect(Synthetic.WithFigures(
            Synthetic.Figure("egov.online-services.level3-4", 1626m, "service", new StatedComparisons(RatePercent: 92m)))));

    private static decimal Number(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
