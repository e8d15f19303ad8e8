using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Abstractions.Tests;

/// <summary>Text that is not "province-year" exactly as a key writes itself is refused with a FormatException that quotes it, never read as some other key.</summary>
public sealed class MalformedReportKeysAreRefused
{
    [Theory]
    [InlineData("")]
    [InlineData("36")]
    [InlineData("2021")]
    [InlineData("36-")]
    [InlineData("-2021")]
    [InlineData("36-year")]
    [InlineData("36-20x1")]
    [InlineData("36/2021")]
    [InlineData("36_2021")]
    [InlineData("36-02021")]
    [InlineData("36- 2021")]
    [InlineData("36-+2021")]
    [InlineData("36-2021 ")]
    [InlineData(" 36-2021")]
    [InlineData("36-99999")]
    [InlineData("36-1999")]
    public void ParseRefusesTextThatIsNotProvinceDashYear(string text)
    {
        var error = Assert.Throws<FormatException>(() => ReportKey.Parse(text));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }
}
