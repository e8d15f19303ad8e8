namespace NamDinh.Graph.Domain.Tests;

public sealed class VietnameseNumbersAreReadAsTheReportWritesThem
{
    [Theory]
    [InlineData("1.600.000", "1600000")]
    [InlineData("23.000.000đ", "23000000")]
    [InlineData("1.150", "1150")]
    [InlineData("8,3", "8.3")]
    [InlineData("95,5", "95.5")]
    [InlineData("11.5", "11.5")]
    [InlineData("03", "3")]
    [InlineData("3200", "3200")]
    public void ADotBeforeThreeDigitsSeparatesThousandsAndAnyOtherMarkIsDecimal(string written, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), VietnameseNumbers.In(written).Single().Value);

    [Fact]
    public void ARankingIsTwoNumbers() =>
        Assert.Equal([11m, 63m], VietnameseNumbers.In("xếp thứ 11/63 tỉnh").Select(number => number.Value));

    [Fact]
    public void ACommaFollowedBySpaceEndsTheNumber() =>
        Assert.Equal([3m, 4m], VietnameseNumbers.In("mức độ 3, 4;").Select(number => number.Value));
}
