using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Abstractions.Tests;

/// <summary>Lists of reports come grouped by province (by its code), each province's years in order.</summary>
public sealed class ReportKeysSortByProvinceThenYear
{
    [Fact]
    public void KeysAreOrderedByProvinceCodeThenYear()
    {
        ReportKey[] shuffled =
        [
            new("36", 2022), new("01", 2021), new("36", 2020), new("35", 2023), new("01", 2019), new("36", 2021),
        ];

        Assert.Equal(
            ["01-2019", "01-2021", "35-2023", "36-2020", "36-2021", "36-2022"],
            shuffled.Order().Select(key => key.ToString()));
    }

    [Fact]
    public void TheProvinceDecidesBeforeTheYear() =>
        Assert.True(new ReportKey("35", 2024).CompareTo(new ReportKey("36", 2009)) < 0);

    [Fact]
    public void WithinAProvinceTheEarlierYearComesFirst() =>
        Assert.True(new ReportKey("36", 2020).CompareTo(new ReportKey("36", 2021)) < 0);

    [Fact]
    public void AKeySortsLevelWithAnEqualKey() =>
        Assert.Equal(0, new ReportKey("36", 2021).CompareTo(new ReportKey("36", 2021)));

    [Fact]
    public void AKeySortsAfterNoKey() =>
        Assert.True(new ReportKey("36", 2021).CompareTo(null) > 0);
}
