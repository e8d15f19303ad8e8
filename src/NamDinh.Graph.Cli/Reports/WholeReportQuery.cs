namespace NamDinh.Graph.Cli.Reports;

/// <summary>
/// The query that asks for every stored field of a report: each text in Vietnamese and in English, each figure
/// with all it states. <see cref="ReportFromGraphQL"/> rebuilds the domain's report from its answer.
/// </summary>
public static class WholeReportQuery
{
    public const string Document = """
        query WholeReport($province: String!, $year: Int!) {
          report(province: $province, year: $year) {
            province { code slug name }
            year
            version
            synthetic
            document {
              number symbol issuer place day month year
              titleVi: title(lang: VI) titleEn: title(lang: EN)
              addresseeVi: addressee(lang: VI) addresseeEn: addressee(lang: EN)
              answers { number date issuer subjectVi: subject(lang: VI) subjectEn: subject(lang: EN) }
              signer
              signerTitleVi: signerTitle(lang: VI) signerTitleEn: signerTitle(lang: EN)
              recipients
            }
            rankings {
              index nameVi: name(lang: VI) nameEn: name(lang: EN) position total editionYear
              source { section sentence }
            }
            indicators { ...Figure }
            tasks { ...Item }
            shortcomings { ...Item }
            causes { ...Item }
            proposals { items { ...Item } statementVi: statement(lang: VI) statementEn: statement(lang: EN) }
            priorities { ...Item }
            remarks { ...Item }
          }
        }

        fragment Item on NarrativeItem {
          key sector section position textVi: text(lang: VI) textEn: text(lang: EN)
        }

        """ + FigureFragment;

    /// <summary>Every stored field of a figure, as <see cref="ReportFromGraphQL.Indicator"/> reads it: spread it as <c>...Figure</c>.</summary>
    public const string FigureFragment = """
        fragment Figure on IndicatorValue {
          code value multiplier unit { code } valueAsWritten status qualifier qualifierAsWritten
          period { year fromMonth toMonth }
          comparisons {
            change { amount unit comparedToYear }
            shareOfPlan { percent planYear }
            ratePercent
            outOf
            target { value unit qualifier met metEarly metInYear }
          }
          source { section sentence }
          planValue
        }
        """;
}
