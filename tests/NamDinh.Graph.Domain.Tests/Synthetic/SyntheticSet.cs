using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Synthetic;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>The synthetic reports of one seed, generated once for the tests that read them.</summary>
internal static class SyntheticSet
{
    public const int Seed = 20_211;

    public static SyntheticReportGenerator Generator { get; } = new(Seed);

    public static IReadOnlyList<Report> Reports { get; } = Generator.GenerateAll();

    public static IReadOnlyDictionary<ReportKey, Report> ByKey { get; } = Reports.ToDictionary(report => report.Key);

    /// <summary>The report of the same province for the year before, where that year was generated.</summary>
    public static Report? PreviousYearOf(Report report) => ByKey.GetValueOrDefault(report.Key with { Year = report.Key.Year - 1 });

    /// <summary>Every text a report holds, named by where it is and the language it is in (null where the report leaves it out).</summary>
    public static IEnumerable<(string Where, string? Text, Language Language)> Texts(Report report)
    {
        var document = report.Document;
        (string, string?)[] plain =
        [
            ("document.number", document.Number), ("document.symbol", document.Symbol), ("document.issuer", document.Issuer),
            ("document.place", document.Place), ("document.signer", document.Signer),
            ("document.answers.number", document.Answers?.Number), ("document.answers.issuer", document.Answers?.Issuer),
            .. document.Recipients.Select((recipient, index) => ($"document.recipients[{index}]", (string?)recipient)),
            .. report.Rankings.Select(ranking => ($"rankings[{ranking.Index}].source", ranking.Source?.Sentence)),
            .. report.Indicators.SelectMany(value => new[]
            {
                ($"indicators[{value.Code}].valueAsWritten", (string?)value.ValueAsWritten),
                ($"indicators[{value.Code}].source", value.Source?.Sentence),
            }),
        ];
        (string, LocalizedText?)[] localized =
        [
            ("document.title", document.Title), ("document.addressee", document.Addressee),
            ("document.signerTitle", document.SignerTitle), ("document.answers.subject", document.Answers?.Subject),
            ("proposals.statement", report.Proposals.Statement),
            .. report.Rankings.Select(ranking => ($"rankings[{ranking.Index}].name", (LocalizedText?)ranking.Name)),
            .. report.Tasks.Concat(report.Shortcomings).Concat(report.Causes).Concat(report.Proposals.Items).Concat(report.Priorities).Concat(report.Remarks)
                .Select(item => (item.Id, (LocalizedText?)item.Text)),
        ];
        return plain.Select(text => (text.Item1, text.Item2, Language.Vi))
            .Concat(localized.SelectMany(text => new[]
            {
                (text.Item1 + ".vi", text.Item2?.Vi, Language.Vi),
                (text.Item1 + ".enTranslation", text.Item2?.EnTranslation, Language.En),
            }));
    }
}
