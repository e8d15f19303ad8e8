using NamDinh.Graph.Domain.Synthetic;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Tests;

public sealed class EverySyntheticReportAndTextIsMarkedSynthetic
{
    [Fact]
    public void EveryReportIsMarkedSynthetic() =>
        Assert.All(SyntheticSet.Reports, report => Assert.True(report.Synthetic, $"{report.Key} is not marked synthetic."));

    [Fact]
    public void EveryTextStartsWithTheSyntheticMark()
    {
        var unmarked = SyntheticSet.Reports
            .SelectMany(report => SyntheticSet.Texts(report).Select(text => (report.Key, text.Where, text.Text, text.Language)))
            .Where(text => text.Text is not null && !text.Text.StartsWith(text.Language == Language.Vi ? SyntheticText.ViMarker : SyntheticText.EnMarker, StringComparison.Ordinal))
            .Select(text => $"{text.Key} {text.Where}: {text.Text}")
            .ToList();

        Assert.Empty(unmarked);
    }
}
