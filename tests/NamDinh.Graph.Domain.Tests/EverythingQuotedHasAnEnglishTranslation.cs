using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>The source is Vietnamese only; every Vietnamese text of the seed carries the team's English translation.</summary>
public sealed class EverythingQuotedHasAnEnglishTranslation
{
    [Fact]
    public void EveryLocalizedTextOfTheSeedIsTranslated()
    {
        var report = TheSeed.Report;
        // The seed document has all of these (DocumentFactsKeepTheSourceBlanks checks it).
        var texts = new List<(string Where, LocalizedText Text)>
        {
            ("document.title", report.Document.Title!),
            ("document.addressee", report.Document.Addressee!),
            ("document.answers.subject", report.Document.Answers!.Subject),
            ("document.signerTitle", report.Document.SignerTitle!),
        };
        texts.AddRange(report.Rankings.Select(ranking => (ranking.Index, ranking.Name)));
        texts.AddRange(TheSeed.NarrativeItems.Select(item => (item.Id, item.Text)));
        if (report.Proposals.Statement is { } statement)
            texts.Add(("proposals.statement", statement));

        var untranslated = texts.Where(text => string.IsNullOrWhiteSpace(text.Text.EnTranslation) || text.Text.EnTranslation == text.Text.Vi)
            .Select(text => text.Where)
            .ToList();

        Assert.True(untranslated.Count == 0, $"No English translation: {string.Join(", ", untranslated)}");
    }
}
