using System.Text.RegularExpressions;

namespace NamDinh.Graph.Api.Tests.Ids;

/// <summary>
/// Queries that read everything a client can cache of the two reports of <see cref="TwoReportsServer"/>, with the type
/// name and id of every object, as a normalising cache asks for them.
/// </summary>
public static class Everything
{
    private const string Fragments = """
        fragment figure on IndicatorValue {
          __typename id code value multiplier baseValue valueAsWritten status qualifier qualifierAsWritten planValue sector
          definition { __typename id code name kind higherIsBetter unit { __typename id code name } }
          unit { __typename id code name }
          period { __typename id year fromMonth toMonth wholeYear }
          comparisons {
            __typename id ratePercent outOf
            change { __typename id amount unit comparedToYear }
            shareOfPlan { __typename id percent planYear }
            target { __typename id value unit qualifier met metEarly metInYear }
          }
          source { __typename id section sentence }
        }
        fragment item on NarrativeItem { __typename id key sector section position text }
        fragment finding on Finding { __typename id key kind subject message figures { __typename id name value } source { __typename id section sentence } }
        fragment ranking on Ranking { __typename id index name position total editionYear source { __typename id section sentence } }
        fragment revision on Revision {
          __typename id version at by reason operation
          changes { __typename id part key oldValue newValue oldIndicator { ...figure } newIndicator { ...figure } }
        }
        fragment report on Report {
          __typename id key year version synthetic prioritiesYear
          province { __typename id code slug name kind }
          document {
            __typename id number symbol issuer place day month year title addressee signer signerTitle recipients
            answers { __typename id number date issuer subject }
          }
          rankings { ...ranking }
          indicators { ...figure }
          tasks { ...item } shortcomings { ...item } causes { ...item } priorities { ...item } remarks { ...item }
          proposals { __typename id noneProposed statement items { ...item } }
          findings { ...finding }
          history(first: 10) { totalCount nodes { ...revision } }
          indicatorHistory(code: "postal.revenue") { __typename id version at by reason operation oldValue { ...figure } newValue { ...figure } }
        }
        fragment provinceFigure on ProvinceFigure {
          __typename id year reportVersion synthetic code province { __typename id code } indicator { __typename id code }
          figure { ...figure } report { __typename id key version }
        }
        fragment indicatorSummary on IndicatorSummary {
          __typename id code unit multiplier count sum mean median
          minimum { __typename id value provinces { __typename id code } }
          maximum { __typename id value provinces { __typename id code } }
          ranks { __typename id rank value province { __typename id code } figure { ...provinceFigure } }
        }
        fragment sectorSummary on SectorSummary { __typename id sector year reportingProvinces indicators { ...indicatorSummary } }
        fragment rankingTable on RankingTable {
          __typename id year editionYear
          index { __typename id code name sharesPlaces }
          entries { __typename id position total reportVersion synthetic province { __typename id code } report { __typename id key version } }
          findings { ...finding }
        }
        """;

    /// <summary>Both reports now and as of earlier versions, and every slice across them, in two queries (one would cost too much).</summary>
    public static readonly string[] Queries = [WithFragments(Reports), WithFragments(Slices)];

    /// <summary>Both queries' answers, written into one cache as a client's would be.</summary>
    public static async Task<NormalisedCache> ReadAsync(GraphQLClient client)
    {
        var cache = new NormalisedCache();
        foreach (var query in Queries)
        {
            var answer = await client.PostAsync(query);
            Assert.True(answer.Errors.Count == 0, answer.Text);
            cache.Write(answer.Data);
        }
        return cache;
    }

    /// <summary>The query and the fragments it spreads, however deep: a document may hold no fragment it does not use.</summary>
    public static string WithFragments(string query)
    {
        var fragments = Regex.Split(Fragments, @"(?=^fragment )", RegexOptions.Multiline)
            .Where(fragment => fragment.StartsWith("fragment ", StringComparison.Ordinal))
            .ToDictionary(fragment => fragment.Split(' ')[1], fragment => fragment);
        var used = new List<string>();
        var text = query;
        while (fragments.Keys.Except(used).FirstOrDefault(name => Regex.IsMatch(text, $@"\.\.\.{name}\b")) is { } next)
        {
            used.Add(next);
            text += "\n" + fragments[next];
        }
        return text;
    }

    private const string Reports = """
        query Reports {
          namDinh: report(province: "nam-dinh", year: 2021) { ...report }
          namDinhAtVersion1: report(province: "nam-dinh", year: 2021, version: 1) { ...report }
          haNam: report(province: "ha-nam", year: 2021) { ...report }
          haNamAtVersion1: report(province: "ha-nam", year: 2021, version: 1) { ...report }
          haNamAtVersion2: report(province: "ha-nam", year: 2021, version: 2) { ...report }
          reports { __typename id key version }
          changes(where: { province: "ha-nam" }) { __typename id cursor version operation report { __typename id key version } changes { __typename id part key } }
        }
        """;

    private const string Slices = """
        query Slices {
          figures: indicators(where: { year: 2021 }, first: 200) { totalCount nodes { ...provinceFigure } }
          postal: sectorSummary(sector: POSTAL_TELECOM, year: 2021) { ...sectorSummary }
          postalRevenue: sectorSummary(sector: POSTAL_TELECOM, year: 2021, codes: ["postal.revenue"]) { ...sectorSummary }
          series: indicatorSeries(province: "ha-nam", code: "postal.revenue") {
            __typename id code province { __typename id code } indicator { __typename id code }
            points {
              __typename id year figure { ...provinceFigure }
              computedChange { __typename id fromYear percent absolute }
              statedChange { __typename id amount unit comparedToYear }
              statedChangeAgrees
            }
          }
          compare(provinces: ["nam-dinh", "ha-nam"], year: 2021, codes: ["postal.revenue", "telecom.revenue"]) {
            __typename id year indicators { __typename id code }
            rows { __typename id province { __typename id code } figures { ...figure } report { __typename id key version } }
          }
          rankingTables(year: 2021) { ...rankingTable }
          rankingIndexes { __typename id code name sharesPlaces }
          units { __typename id code name }
          indicatorDefinitions { __typename id code name sector }
          provinces { __typename id code slug name }
        }
        """;
}
