using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Abstractions.Tests;

/// <summary>
/// A report key is one string, "36-2021", wherever a string is needed (grain keys, table rows, logs),
/// and that string reads back as the same key.
/// </summary>
public sealed class ReportKeyIsWrittenAsProvinceDashYear
{
    [Fact]
    public void NamDinh2021IsWrittenAs36Dash2021() =>
        Assert.Equal("36-2021", new ReportKey("36", 2021).ToString());

    [Fact]
    public void ParsingTheWrittenKeyGivesTheSameKey() =>
        Assert.Equal(new ReportKey("36", 2021), ReportKey.Parse("36-2021"));

    [Theory]
    [InlineData("01", 2009)]
    [InlineData("36", 2021)]
    [InlineData("96", 2024)]
    [InlineData("36", ReportKey.EarliestYear)]
    [InlineData("36", ReportKey.LatestYear)]
    public void EveryKeySurvivesBeingWrittenAndParsed(string provinceCode, int year)
    {
        var key = new ReportKey(provinceCode, year);

        Assert.Equal(key, ReportKey.Parse(key.ToString()));
    }
}
