using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Reports;

/// <summary>
/// The facts of the document itself. Blanks in the source stay blank: the report's number and day were
/// left empty for the clerk to fill in ("Số: /BC-STTTT", "ngày tháng 11 năm 2021"). A report created
/// through the API before its document is known starts <see cref="Blank"/>.
/// </summary>
public sealed record DocumentFacts(
    string? Number,
    string? Symbol,
    string? Issuer,
    string? Place,
    int? Day,
    int? Month,
    int? Year,
    LocalizedText? Title,
    LocalizedText? Addressee,
    RequestReference? Answers,
    string? Signer,
    LocalizedText? SignerTitle,
    IReadOnlyList<string> Recipients)
{
    public static readonly DocumentFacts Blank = new(null, null, null, null, null, null, null, null, null, null, null, null, []);
}

/// <summary>The official letter the report answers: "công văn số 4707/BTTTT-VP ngày 18 tháng 11 năm 2021".</summary>
public sealed record RequestReference(
    string Number,
    DateOnly Date,
    string Issuer,
    LocalizedText Subject);
