using System.Globalization;
using System.Text.Json.Nodes;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests.Slices;

/// <summary>A figure of a report the server holds, as the tests' own plain LINQ sees it.</summary>
public sealed record HeldFigure(Report Report, IndicatorValue Figure)
{
    public string ProvinceCode => Report.Key.ProvinceCode;

    public int Year => Report.Key.Year;

    public string Code => Figure.Code;

    public IndicatorDefinition Definition => IndicatorCatalog.Default.Find(Code)!;

    public Sector Sector => Definition.Sector;

    /// <summary>Which figure it is: province code, year, indicator code.</summary>
    public FigureId Id => new(ProvinceCode, Year, Code);

    /// <summary>Every figure of <paramref name="reports"/> the catalog defines (the figures the aggregates hold).</summary>
    public static IReadOnlyList<HeldFigure> Of(IEnumerable<Report> reports) =>
        [.. reports.SelectMany(report => report.Indicators
            .Where(figure => IndicatorCatalog.Default.Find(figure.Code) is not null)
            .Select(figure => new HeldFigure(report, figure)))];
}

/// <summary>A figure named as the API names it: province code, year, indicator code.</summary>
public sealed record FigureId(string ProvinceCode, int Year, string Code)
{
    public override string ToString() => $"{ProvinceCode}-{Year}:{Code}";

    /// <summary>Reads a ProvinceFigure node selected with <see cref="SliceRequests.FigureFields"/>.</summary>
    public static FigureId Of(JsonNode? node) => new(node!["province"].Text("code"), node.Int("year"), node.Text("code"));
}

/// <summary>Sending the slice queries and reading their answers.</summary>
public static class SliceRequests
{
    /// <summary>What the tests select of a ProvinceFigure.</summary>
    public const string FigureFields = "province { code } year code reportVersion synthetic figure { value multiplier baseValue status }";

    /// <summary>Sends a query that must answer without errors and answers its data.</summary>
    public static async Task<JsonNode> QueryAsync(this GraphQLClient client, string query, object? variables = null)
    {
        var answer = await client.PostAsync(query, variables);
        Assert.True(answer.Errors.Count == 0, $"The query was refused: {answer.Text}");
        return answer.Data!;
    }

    /// <summary>One page of indicators.</summary>
    public static async Task<JsonNode> IndicatorsPageAsync(this GraphQLClient client, object? where, object? order, int first, string? after)
    {
        var data = await client.QueryAsync(
            $$"""
            query Page($where: IndicatorFilter, $order: [IndicatorOrder!], $first: Int, $after: String) {
              indicators(where: $where, order: $order, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { {{FigureFields}} } }
                nodes { {{FigureFields}} }
              }
            }
            """,
            new { where, order, first, after });
        return data["indicators"]!;
    }

    /// <summary>Every figure <paramref name="where"/> takes, walking the pages of <paramref name="pageSize"/> with after: endCursor.</summary>
    public static async Task<(IReadOnlyList<JsonNode> Nodes, int TotalCount)> AllIndicatorsAsync(this GraphQLClient client, object? where, object? order = null, int pageSize = 500)
    {
        var nodes = new List<JsonNode>();
        string? after = null;
        int? total = null;
        while (true)
        {
            var page = await client.IndicatorsPageAsync(where, order, pageSize, after);
            total ??= page.Int("totalCount");
            nodes.AddRange(page.Array("nodes").Select(node => node!));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
                return (nodes, total.Value);
            after = page["pageInfo"].Text("endCursor");
        }
    }

    public static decimal Decimal(this JsonNode? node, string name) =>
        decimal.Parse(node.Text(name), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    public static decimal? NullableDecimal(this JsonNode? node, string name) =>
        node?[name] is null ? null : node.Decimal(name);

    public static bool Bool(this JsonNode? node, string name) => node?[name]?.GetValue<bool>() ?? throw new InvalidOperationException($"No '{name}' in {node?.ToJsonString()}");
}
