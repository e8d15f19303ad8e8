namespace NamDinh.Graph.Domain.Tests;

public sealed class SyntheticDocumentsAreFilledIn
{
    [Fact]
    public void EveryTextIsThere() =>
        Assert.All(SyntheticSet.Reports.SelectMany(SyntheticSet.Texts), text => Assert.False(string.IsNullOrWhiteSpace(text.Text), $"{text.Where} is empty."));

    [Fact]
    public void TheDocumentIsDatedInTheYearReportedOn() =>
        Assert.All(SyntheticSet.Reports, report =>
        {
            var document = report.Document;
            Assert.Equal(report.Key.Year, document.Year);
            Assert.InRange(document.Month!.Value, 11, 12);
            Assert.InRange(document.Day!.Value, 1, 28);
            Assert.Equal(report.Key.Year, document.Answers!.Date.Year);
        });
}
