using System.Globalization;
using System.Text.Json.Nodes;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Cli.Reports;

/// <summary>
/// Rebuilds the domain's <see cref="Report"/> from the answer to <see cref="WholeReportQuery"/>, field by field,
/// so that the report written out is the report the server holds, in the one JSON shape of the report files.
/// </summary>
public static class ReportFromGraphQL
{
    public static Report Read(JsonNode report) => new(
        new ReportKey(Text(report["province"]?["code"]), Int(report["year"])),
        Int(report["version"]),
        Document(Required(report["document"], "document")),
        Items(report["rankings"], Ranking),
        Items(report["indicators"], Indicator),
        Items(report["tasks"], Narrative),
        Items(report["shortcomings"], Narrative),
        Items(report["causes"], Narrative),
        new Proposals(Items(report["proposals"]?["items"], Narrative), Localized(report["proposals"], "statement")),
        Items(report["priorities"], Narrative),
        Items(report["remarks"], Narrative),
        Bool(report["synthetic"]));

    private static DocumentFacts Document(JsonNode document) => new(
        OptionalText(document["number"]),
        OptionalText(document["symbol"]),
        OptionalText(document["issuer"]),
        OptionalText(document["place"]),
        OptionalInt(document["day"]),
        OptionalInt(document["month"]),
        OptionalInt(document["year"]),
        Localized(document, "title"),
        Localized(document, "addressee"),
        document["answers"] is { } answers
            ? new RequestReference(
                Text(answers["number"]),
                DateOnly.ParseExact(Text(answers["date"]), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Text(answers["issuer"]),
                Localized(answers, "subject") ?? throw Missing("answers.subject"))
            : null,
        OptionalText(document["signer"]),
        Localized(document, "signerTitle"),
        Items(document["recipients"], Text));

    private static Ranking Ranking(JsonNode ranking) => new(
        Text(ranking["index"]),
        Localized(ranking, "name") ?? throw Missing("ranking.name"),
        Int(ranking["position"]),
        Int(ranking["total"]),
        OptionalInt(ranking["editionYear"]),
        Source(ranking["source"]));

    /// <summary>A figure as <see cref="WholeReportQuery.FigureFragment"/> asks for it.</summary>
    public static IndicatorValue Indicator(JsonNode value) => new(
        Text(value["code"]),
        Decimal(value["value"]),
        Text(value["unit"]?["code"]),
        Decimal(value["multiplier"]),
        Text(value["valueAsWritten"]),
        GraphQLEnum.Parse<ValueStatus>(Text(value["status"])),
        GraphQLEnum.Parse<Qualifier>(Text(value["qualifier"])),
        OptionalText(value["qualifierAsWritten"]),
        Period(Required(value["period"], "period")),
        Comparisons(Required(value["comparisons"], "comparisons")),
        Source(value["source"]),
        OptionalDecimal(value["planValue"]));

    private static ReportPeriod Period(JsonNode period) =>
        new(Int(period["year"]), Int(period["fromMonth"]), Int(period["toMonth"]));

    private static StatedComparisons Comparisons(JsonNode comparisons) => new(
        comparisons["change"] is { } change
            ? new StatedChange(Decimal(change["amount"]), GraphQLEnum.Parse<ChangeUnit>(Text(change["unit"])), Int(change["comparedToYear"]))
            : null,
        comparisons["shareOfPlan"] is { } share ? new StatedPlanShare(Decimal(share["percent"]), Int(share["planYear"])) : null,
        OptionalDecimal(comparisons["ratePercent"]),
        OptionalDecimal(comparisons["outOf"]),
        comparisons["target"] is { } target
            ? new StatedTarget(
                Decimal(target["value"]),
                Text(target["unit"]),
                GraphQLEnum.Parse<Qualifier>(Text(target["qualifier"])),
                Bool(target["met"]),
                Bool(target["metEarly"]),
                OptionalInt(target["metInYear"]))
            : null);

    private static NarrativeItem Narrative(JsonNode item) => new(
        Text(item["key"]),
        GraphQLEnum.Parse<Sector>(Text(item["sector"])),
        Text(item["section"]),
        Int(item["position"]),
        Localized(item, "text") ?? throw Missing("text"));

    private static SourceReference? Source(JsonNode? source) =>
        source is null ? null : new SourceReference(Text(source["section"]), Text(source["sentence"]));

    /// <summary>A text asked for twice, as <c>{name}Vi</c> and <c>{name}En</c>; null where there is no Vietnamese text.</summary>
    private static LocalizedText? Localized(JsonNode? parent, string name) =>
        OptionalText(parent?[name + "Vi"]) is { } vi ? new LocalizedText(vi, OptionalText(parent?[name + "En"])) : null;

    private static List<T> Items<T>(JsonNode? list, Func<JsonNode, T> read) =>
        (list as JsonArray ?? throw Missing("a list")).Select(item => read(item ?? throw Missing("a list item"))).ToList();

    private static JsonNode Required(JsonNode? node, string name) => node ?? throw Missing(name);

    private static string Text(JsonNode? node) => OptionalText(node) ?? throw Missing("a text");

    private static string? OptionalText(JsonNode? node) => node?.GetValue<string>();

    private static int Int(JsonNode? node) => OptionalInt(node) ?? throw Missing("a number");

    private static int? OptionalInt(JsonNode? node) => node?.GetValue<int>();

    private static bool Bool(JsonNode? node) => node?.GetValue<bool>() ?? throw Missing("a true or false");

    private static decimal Decimal(JsonNode? node) => OptionalDecimal(node) ?? throw Missing("a decimal");

    private static decimal? OptionalDecimal(JsonNode? node) => node is null ? null : ExactDecimal.Parse(node.GetValue<string>());

    private static FormatException Missing(string what) => new($"The server's report lacks {what} the report model requires.");
}
