using System.Text.Json.Nodes;
using NamDinh.Graph.Cli.GraphQL;
using NamDinh.Graph.Cli.Output;
using NamDinh.Graph.Cli.Reports;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Cli.Indicators;

/// <summary>Sets one figure through <c>setIndicator</c>, against the version the caller last saw.</summary>
public sealed class SetIndicatorMutation(GraphQLClient server)
{
    public const string Document = """
        mutation SetIndicator($input: SetIndicatorInput!) {
          setIndicator(input: $input) {
            applied
            version
            changes { part key }
            findingsRaised { kind subject message }
            findingsCleared { kind subject message }
          }
        }
        """;

    public async Task<ChangePayload> SendAsync(ReportKey key, IndicatorValue figure, long expectedVersion, string? reason)
    {
        var input = new JsonObject
        {
            ["province"] = key.ProvinceCode,
            ["year"] = key.Year,
            ["expectedVersion"] = expectedVersion,
            ["reason"] = reason,
            ["code"] = figure.Code,
            ["value"] = ExactDecimal.Format(figure.Value),
            ["unit"] = figure.Unit,
            ["multiplier"] = ExactDecimal.Format(figure.Multiplier),
            ["valueAsWritten"] = figure.ValueAsWritten,
            ["status"] = GraphQLEnum.Name(figure.Status),
            ["qualifier"] = GraphQLEnum.Name(figure.Qualifier),
            ["qualifierAsWritten"] = figure.QualifierAsWritten,
            ["period"] = new JsonObject { ["year"] = figure.Period.Year, ["fromMonth"] = figure.Period.FromMonth, ["toMonth"] = figure.Period.ToMonth },
            ["comparisons"] = Comparisons(figure.Comparisons),
            ["source"] = figure.Source is { } source ? new JsonObject { ["section"] = source.Section, ["sentence"] = source.Sentence } : null,
            ["planValue"] = Decimal(figure.PlanValue),
        };
        var data = await server.RunAsync(Document, new JsonObject { ["input"] = input });
        return ChangePayload.Read(data["setIndicator"]);
    }

    private static JsonObject Comparisons(StatedComparisons comparisons) => new()
    {
        ["change"] = comparisons.Change is { } change
            ? new JsonObject { ["amount"] = Decimal(change.Amount), ["unit"] = GraphQLEnum.Name(change.Unit), ["comparedToYear"] = change.ComparedToYear }
            : null,
        ["shareOfPlan"] = comparisons.ShareOfPlan is { } share
            ? new JsonObject { ["percent"] = Decimal(share.Percent), ["planYear"] = share.PlanYear }
            : null,
        ["ratePercent"] = Decimal(comparisons.RatePercent),
        ["outOf"] = Decimal(comparisons.OutOf),
        ["target"] = comparisons.Target is { } target
            ? new JsonObject
            {
                ["value"] = Decimal(target.Value),
                ["unit"] = target.Unit,
                ["qualifier"] = GraphQLEnum.Name(target.Qualifier),
                ["met"] = target.Met,
                ["metEarly"] = target.MetEarly,
                ["metInYear"] = target.MetInYear,
            }
            : null,
    };

    private static string? Decimal(decimal? value) => value is { } exact ? ExactDecimal.Format(exact) : null;
}
