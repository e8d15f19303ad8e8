using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// The header and footer of the report as written: the blank number and day stay blank, and every other fact
/// the source gives is there (the fields are nullable only for a report created before its document is known).
/// </summary>
public sealed class DocumentFactsKeepTheSourceBlanks
{
    private static DocumentFacts Document => TheSeed.Report.Document;

    [Fact]
    public void TheReportIsNamDinh2021VersionOneAndReal()
    {
        Assert.Equal(new ReportKey("36", 2021), TheSeed.Report.Key);
        Assert.Equal(1, TheSeed.Report.Version);
        Assert.False(TheSeed.Report.Synthetic);
        Assert.Equal(2022, TheSeed.Report.PrioritiesYear);
    }

    [Fact]
    public void EveryFactTheSourceGivesIsFilledIn()
    {
        var missing = new (string Name, object? Value)[]
            {
                ("symbol", Document.Symbol), ("issuer", Document.Issuer), ("place", Document.Place), ("month", Document.Month),
                ("year", Document.Year), ("title", Document.Title), ("addressee", Document.Addressee), ("answers", Document.Answers),
                ("signer", Document.Signer), ("signerTitle", Document.SignerTitle),
            }
            .Where(fact => fact.Value is null)
            .Select(fact => fact.Name)
            .ToList();

        Assert.True(missing.Count == 0, $"The seed document lacks: {string.Join(", ", missing)}");
    }

    [Fact]
    public void TheNumberAndDayAreBlankAsInTheSource()
    {
        Assert.Null(Document.Number);
        Assert.Null(Document.Day);
        Assert.Contains("Số: /BC-STTTT", SourceReport.Lines);
        Assert.Contains("Nam Định, ngày tháng 11 năm 2021", SourceReport.Lines);
    }

    [Fact]
    public void TheHeaderIsAsWritten()
    {
        Assert.Equal(("BC-STTTT", "Sở Thông tin và Truyền thông", "Nam Định", 11, 2021),
            (Document.Symbol, Document.Issuer, Document.Place, Document.Month, Document.Year));
        Assert.Equal("Kết quả công tác năm 2021 và nhiệm vụ trọng tâm năm 2022", Document.Title!.Vi);
        Assert.Equal("Bộ Thông tin và Truyền thông", Document.Addressee!.Vi);
    }

    [Fact]
    public void ItAnswersTheMinistrysLetterOf18November2021() =>
        Assert.Equal(
            ("4707/BTTTT-VP", new DateOnly(2021, 11, 18), "Bộ Thông tin và Truyền thông", "xây dựng Báo cáo tổng kết công tác năm 2021"),
            (Document.Answers!.Number, Document.Answers.Date, Document.Answers.Issuer, Document.Answers.Subject.Vi));

    [Fact]
    public void TheFooterIsAsWritten()
    {
        Assert.Equal(("Vũ Trọng Quế", "GIÁM ĐỐC"), (Document.Signer, Document.SignerTitle!.Vi));
        Assert.Equal(["Như trên", "Lưu: VT, BCVT (huongtx)"], Document.Recipients);
    }
}
