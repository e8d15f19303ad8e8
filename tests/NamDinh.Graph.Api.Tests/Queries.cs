namespace NamDinh.Graph.Api.Tests;

public static class Queries
{
    /// <summary>Every field of a report, in both languages (fragment <c>item</c> of <see cref="ItemFragment"/> included).</summary>
    public const string ReportFields = """
            id key year version synthetic prioritiesYear
            province { id code slug name kind }
            document {
              id
              number symbol issuer place day month year
              title titleEn: title(lang: EN)
              addressee addresseeEn: addressee(lang: EN)
              answers { number date issuer subject subjectEn: subject(lang: EN) }
              signer signerTitle signerTitleEn: signerTitle(lang: EN) recipients
            }
            rankings { id index name nameEn: name(lang: EN) position total editionYear source { section sentence } }
            indicators {
              id code sector value multiplier baseValue valueAsWritten status qualifier qualifierAsWritten
              definition { id code name nameEn: name(lang: EN) kind higherIsBetter }
              unit { id code name nameEn: name(lang: EN) }
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
            proposals { id noneProposed statement statementEn: statement(lang: EN) items { ...item } }
            priorities { ...item }
            remarks { ...item }
        """;

    public const string ItemFragment = "fragment item on NarrativeItem { id key sector section position text textEn: text(lang: EN) }";

    /// <summary>Every field of the Nam Định 2021 report, in both languages.</summary>
    public const string FullReport = $$"""
        query FullReport {
          report(province: "nam-dinh", year: 2021) {
        {{ReportFields}}
          }
        }

        {{ItemFragment}}
        """;

    /// <summary>
    /// Everything a client can read of one report, now or as it was at <c>$version</c> or <c>$asOf</c>: every field,
    /// its findings and its whole history. Two reads that answer the same text saw the same report.
    /// </summary>
    public const string WholeReport = $$"""
        query WholeReport($province: String!, $year: Int!, $version: Int, $asOf: DateTimeOffset) {
          report(province: $province, year: $year, version: $version, asOf: $asOf) {
        {{ReportFields}}
            findings { id key kind subject message figures { name value } source { section sentence } }
            history(first: 100) {
              totalCount
              pageInfo { hasNextPage endCursor }
              nodes { version at by reason operation changes { part key oldValue newValue } }
            }
          }
        }

        {{ItemFragment}}
        """;
}
