namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// What the seed quotes, it quotes word for word, slips and all: source sentences of figures and rankings,
/// the Vietnamese text of every narrative item, and the document's own words. Only whitespace may differ.
/// </summary>
public sealed class SeedTextIsQuotedWordForWordFromTheSource
{
    [Fact]
    public void EveryFigureSentenceIsInTheSource() =>
        AssertAllQuoted(TheSeed.Report.Indicators.Select(figure => (figure.Code, TheSeed.SourceOf(figure).Sentence)));

    [Fact]
    public void EveryRankingSentenceIsInTheSource() =>
        AssertAllQuoted(TheSeed.Report.Rankings.Select(ranking => (ranking.Index, TheSeed.SourceOf(ranking).Sentence)));

    [Fact]
    public void EveryRankingNameIsInItsSentence() =>
        Assert.All(TheSeed.Report.Rankings, ranking => Assert.StartsWith(ranking.Name.Vi, TheSeed.SourceOf(ranking).Sentence, StringComparison.Ordinal));

    [Fact]
    public void EveryNarrativeItemIsInTheSource() =>
        AssertAllQuoted(TheSeed.NarrativeItems.Select(item => (item.Id, item.Text.Vi)));

    [Fact]
    public void TheDocumentsOwnWordsAreInTheSource()
    {
        // The seed document has all of these (DocumentFactsKeepTheSourceBlanks checks it).
        var document = TheSeed.Report.Document;
        AssertAllQuoted(
        [
            ("symbol", "/" + document.Symbol),
            ("issuer", document.Issuer!),
            ("place", document.Place + ", ngày"),
            ("title", document.Title!.Vi),
            ("addressee", "Kính gửi: " + document.Addressee!.Vi),
            ("answers.number", "công văn số " + document.Answers!.Number),
            ("answers.issuer", document.Answers.Issuer),
            ("answers.subject", "về việc " + document.Answers.Subject.Vi),
            ("signer", document.Signer!),
            ("signerTitle", document.SignerTitle!.Vi),
            .. document.Recipients.Select(recipient => ("recipient", "- " + recipient)),
            ("proposals.statement", "- " + TheSeed.Report.Proposals.Statement!.Vi),
        ]);
    }

    [Fact]
    public void TheSlipsOfTheSourceAreKept()
    {
        var quoted = string.Join("\n", TheSeed.NarrativeItems.Select(item => item.Text.Vi)
            .Concat(TheSeed.Report.Indicators.Select(figure => TheSeed.SourceOf(figure).Sentence)));

        Assert.Contains("Công cung cấp DVC", quoted, StringComparison.Ordinal);
        Assert.Contains("Bru chính", quoted, StringComparison.Ordinal);
        Assert.Contains("sóng lờm", quoted, StringComparison.Ordinal);
        Assert.Contains("chuyên phát", quoted, StringComparison.Ordinal);
        Assert.Contains("Trung liên thông", quoted, StringComparison.Ordinal);
        Assert.Contains("so với cùng kỳ năm 2021", quoted, StringComparison.Ordinal);
        Assert.EndsWith("./.", TheSeed.Report.Priorities[^1].Text.Vi, StringComparison.Ordinal);
    }

    private static void AssertAllQuoted(IEnumerable<(string Where, string Passage)> passages)
    {
        var notQuoted = passages.Where(passage => !SourceReport.Quotes(passage.Passage))
            .Select(passage => $"{passage.Where}: {passage.Passage}")
            .ToList();
        Assert.True(notQuoted.Count == 0, $"Not word for word in the source:\n{string.Join("\n", notQuoted)}");
    }
}
