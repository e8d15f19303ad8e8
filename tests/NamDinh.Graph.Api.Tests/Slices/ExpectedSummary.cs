using System.Globalization;
using System.Text.Json.Nodes;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests.Slices;

/// <summary>
/// A sector summary computed with plain LINQ from the reports held, in the shape <see cref="Selection"/> asks the API
/// for, and the API's answer put in the same shape: decimals written one way ("130", never "130.0"), so that the two
/// compare as JSON text.
/// </summary>
public static class ExpectedSummary
{
    public const string Selection = """
        sector year reportingProvinces
        indicators {
          code unit multiplier count sum mean median
          minimum { value provinces { code } }
          maximum { value provinces { code } }
          ranks { rank province { code } value figure { code year reportVersion province { code } } }
        }
        """;

    private static readonly HashSet<string> DecimalFields = ["multiplier", "sum", "mean", "median", "value"];

    /// <summary>The summary of <paramref name="sector"/> in <paramref name="year"/> over <paramref name="held"/>, computed here.</summary>
    public static JsonObject Of(IReadOnlyList<Report> held, Sector sector, int year, IReadOnlySet<string>? codes = null)
    {
        var reports = held.Where(report => report.Key.Year == year).ToList();
        var figures = HeldFigure.Of(reports).Where(figure => figure.Sector == sector).ToList();
        return new JsonObject
        {
            ["sector"] = GraphQLName(sector),
            ["year"] = year,
            ["reportingProvinces"] = figures.Select(figure => figure.ProvinceCode).Distinct().Count(),
            ["indicators"] = new JsonArray([.. IndicatorCatalog.Default.Indicators
                .Where(definition => definition.Sector == sector && (codes is null || codes.Contains(definition.Code)))
                .Select(definition => Indicator(definition, [.. figures.Where(figure => figure.Code == definition.Code)]))]),
        };
    }

    private static JsonObject Indicator(IndicatorDefinition definition, IReadOnlyList<HeldFigure> figures)
    {
        if (figures.Count == 0)
            return new JsonObject
            {
                ["code"] = definition.Code,
                ["unit"] = definition.Unit,
                ["multiplier"] = "1",
                ["count"] = 0,
                ["sum"] = null,
                ["mean"] = null,
                ["median"] = null,
                ["minimum"] = null,
                ["maximum"] = null,
                ["ranks"] = new JsonArray(),
            };
        // The multiplier most provinces write the figure in; of two as common, the smaller.
        var multiplier = figures.GroupBy(figure => figure.Figure.Multiplier).OrderByDescending(group => group.Count()).ThenBy(group => group.Key).First().Key;
        var values = figures.Select(figure => (Figure: figure, Value: figure.Figure.BaseValue!.Value / multiplier)).ToList();
        var sorted = values.Select(entry => entry.Value).Order().ToList();
        var sum = sorted.Sum();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        var bestFirst = definition.HigherIsBetter is not false;
        var ordered = (bestFirst ? values.OrderByDescending(entry => entry.Value) : values.OrderBy(entry => entry.Value))
            .ThenBy(entry => entry.Figure.ProvinceCode, StringComparer.Ordinal).ToList();
        // Standard competition ranking: 1 + how many rank strictly better.
        var ranks = ordered.Select(entry => new JsonObject
        {
            ["rank"] = 1 + ordered.Count(other => bestFirst ? other.Value > entry.Value : other.Value < entry.Value),
            ["province"] = Province(entry.Figure.ProvinceCode),
            ["value"] = Text(entry.Value),
            ["figure"] = new JsonObject
            {
                ["code"] = definition.Code,
                ["year"] = entry.Figure.Year,
                ["province"] = Province(entry.Figure.ProvinceCode),
            },
        });
        return new JsonObject
        {
            ["code"] = definition.Code,
            ["unit"] = definition.Unit,
            ["multiplier"] = Text(multiplier),
            ["count"] = figures.Count,
            ["sum"] = definition.Kind == IndicatorKind.Percentage ? null : Text(sum),
            ["mean"] = Text(Math.Round(sum / figures.Count, 4, MidpointRounding.AwayFromZero)),
            ["median"] = Text(median),
            ["minimum"] = Extreme(values, sorted[0]),
            ["maximum"] = Extreme(values, sorted[^1]),
            ["ranks"] = new JsonArray([.. ranks]),
        };
    }

    private static JsonObject Extreme(IEnumerable<(HeldFigure Figure, decimal Value)> values, decimal extreme) => new()
    {
        ["value"] = Text(extreme),
        ["provinces"] = new JsonArray([.. values.Where(entry => entry.Value == extreme)
            .Select(entry => entry.Figure.ProvinceCode).Order(StringComparer.Ordinal).Select(Province)]),
    };

    private static JsonObject Province(string code) => new() { ["code"] = code };

    /// <summary>A decimal written one way: no trailing zeros, never an exponent.</summary>
    public static string Text(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>The API's answer with its decimals written as <see cref="Text"/> writes them.</summary>
    public static JsonNode? Canonical(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                // The version a part last changed in depends on the changes made before, which LINQ over the reports cannot see.
                foreach (var (name, value) in obj.Where(field => field.Key != "reportVersion"))
                    copy[name] = DecimalFields.Contains(name) && value is JsonValue text && text.TryGetValue<string>(out var number)
                        ? Text(decimal.Parse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture))
                        : Canonical(value);
                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(Canonical)]);
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>The enum value as the schema names it: PostalTelecom is POSTAL_TELECOM.</summary>
    public static string GraphQLName(Sector sector) =>
        string.Concat(sector.ToString().Select((letter, index) => index > 0 && char.IsUpper(letter) ? $"_{letter}" : $"{char.ToUpperInvariant(letter)}"));
}
