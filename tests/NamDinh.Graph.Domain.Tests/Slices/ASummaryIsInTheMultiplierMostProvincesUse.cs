namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// Provinces write a figure in tỷ or in triệu; a summary shows every value in the multiplier most of them use (the
/// smaller one when as many use each), so 900 triệu beside 130 tỷ is 0.9 tỷ.
/// </summary>
public sealed class ASummaryIsInTheMultiplierMostProvincesUse
{
    private const decimal Billion = 1_000_000_000m;
    private const decimal Million = 1_000_000m;

    [Fact]
    public void MostProvincesWriteTỷSoTriệuBecomesAFractionOfATỷ()
    {
        var summary = HandMadeFigures.Summary("postal.revenue", ("01", 130m, Billion), ("02", 250m, Billion), ("04", 900m, Million));

        Assert.Equal(Billion, summary.Multiplier);
        Assert.Equal([("01", 130m), ("02", 250m), ("04", 0.9m)], summary.Ranks.Select(rank => (rank.Figure.Report.ProvinceCode, rank.Value)).OrderBy(entry => entry.ProvinceCode));
        Assert.Equal(380.9m, summary.Sum);
        Assert.Equal(126.9667m, summary.Mean);
        Assert.Equal(130m, summary.Median);
        Assert.Equal((0.9m, "04"), (summary.Minimum!.Value, Assert.Single(summary.Minimum.ProvinceCodes)));
        Assert.Equal((250m, "02"), (summary.Maximum!.Value, Assert.Single(summary.Maximum.ProvinceCodes)));
        Assert.Equal([("02", 1), ("01", 2), ("04", 3)], HandMadeFigures.Ranks(summary));
    }

    [Fact]
    public void AsManyInEachMultiplierIsShownInTheSmaller()
    {
        var summary = HandMadeFigures.Summary("telecom.revenue", ("01", 1.2m, Billion), ("02", 900m, Million), ("04", 2m, Billion), ("06", 1500m, Million));

        Assert.Equal(Million, summary.Multiplier);
        Assert.Equal(5600m, summary.Sum);
        Assert.Equal((900m, 2000m), (summary.Minimum!.Value, summary.Maximum!.Value));
        Assert.Equal(1350m, summary.Median);
    }

    [Fact]
    public void TheSameAmountWrittenInTwoMultipliersTies()
    {
        var summary = HandMadeFigures.Summary("postal.revenue", ("01", 1.5m, Billion), ("02", 1500m, Million), ("04", 2m, Billion));

        Assert.Equal(Billion, summary.Multiplier);
        Assert.Equal(["01", "02"], summary.Minimum!.ProvinceCodes);
        Assert.Equal([("04", 1), ("01", 2), ("02", 2)], HandMadeFigures.Ranks(summary));
    }
}
