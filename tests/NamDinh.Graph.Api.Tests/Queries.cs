namespace NamDinh.Graph.Api.Tests;

public static class Queries
{
    /// <summary>Every field of a report, in both languages.</summary>
    public const string FullReport = """
        query FullReport {
          report(province: "nam-dinh", year: 2021) {
            id year version synthetic prioritiesYear
            province { code slug name kind }
            document {
              number symbol issuer place day month year
              title titleEn: title(lang: EN)
              addressee addresseeEn: addressee(lang: EN)
              answers { number date issuer subject subjectEn: subject(lang: EN) }
              signer signerTitle signerTitleEn: signerTitle(lang: EN) recipients
            }
            rankings { index name nameEn: name(lang: EN) position total editionYear source { section sentence } }
            indicators {
              code sector value multiplier baseValue valueAsWritten status qualifier qualifierAsWritten
              definition { code name nameEn: name(lang: EN) kind higherIsBetter }
              unit { code name nameEn: name(lang: EN) }
              period { year fromMonth toMonth wholeYear }
              comparisons {
                change { amount unit comparedToYear }
                shareOfPlan { percent planYear }
                ratePercent outOf
                target { value unit qualifier met metEarly metInYear }
              }
              source { section sentence }
            }
            tasks { ...item }
            shortcomings { ...item }
            causes { ...item }
            proposals { noneProposed statement statementEn: statement(lang: EN) items { ...item } }
            priorities { ...item }
            remarks { ...item }
          }
        }

        fragment item on NarrativeItem { id sector section position text textEn: text(lang: EN) }
        """;
}
